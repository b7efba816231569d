// Copies the graph out of Graph's SQLite file into the peers' forms: a SQLite file for the yoga server (tables entities
// and relations with their indexes) and two COPY files (text format) for PostgreSQL. Only entities and relations move:
// Q1–Q5 read nothing else. Usage: node export.mjs GRAPH_DB OUT_DIR
import Database from 'better-sqlite3';
import { createWriteStream, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

const [source, outDir] = process.argv.slice(2);
if (!source || !outDir) {
  console.error('usage: node export.mjs GRAPH_DB OUT_DIR');
  process.exit(2);
}

const graph = new Database(source, { readonly: true, fileMustExist: true });
const peerPath = join(outDir, 'peer.db');
for (const suffix of ['', '-wal', '-shm']) rmSync(peerPath + suffix, { force: true });
const peer = new Database(peerPath);
peer.pragma('journal_mode = OFF');
peer.pragma('synchronous = OFF');
peer.exec(`
  CREATE TABLE entities (
    no      INTEGER PRIMARY KEY,
    id      TEXT NOT NULL UNIQUE,
    kind    TEXT NOT NULL,
    name    TEXT NOT NULL,
    aliases TEXT NOT NULL,
    subtype TEXT
  );
  CREATE TABLE relations (
    id         TEXT NOT NULL PRIMARY KEY,
    type       TEXT NOT NULL,
    from_id    TEXT NOT NULL REFERENCES entities (id),
    to_id      TEXT NOT NULL REFERENCES entities (id),
    properties TEXT
  );
`);

// COPY text format: backslash, tab, newline and carriage return escaped; \N is NULL.
const copyText = (value) =>
  value === null || value === undefined
    ? '\\N'
    : String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
// A PostgreSQL array literal of text, every element quoted.
const arrayLiteral = (items) => `{${items.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

async function exportTable(name, select, insert, toCopyRow) {
  const out = createWriteStream(join(outDir, `${name}.tsv`));
  const statement = peer.prepare(insert);
  let count = 0;
  let batch = [];
  const flush = peer.transaction((rows) => rows.forEach((row) => statement.run(row)));
  for (const row of graph.prepare(select).iterate()) {
    batch.push(row);
    if (!out.write(toCopyRow(row).map(copyText).join('\t') + '\n')) await once(out, 'drain');
    if (batch.length === 10000) {
      flush(batch);
      batch = [];
    }
    count++;
  }
  flush(batch);
  out.end();
  await once(out, 'finish');
  return count;
}

const entities = await exportTable(
  'entities',
  'SELECT entity_no AS no, id, kind, name, aliases, subtype FROM entities ORDER BY entity_no',
  'INSERT INTO entities (no, id, kind, name, aliases, subtype) VALUES ($no, $id, $kind, $name, $aliases, $subtype)',
  (r) => [r.id, r.no, r.kind, r.name, arrayLiteral(JSON.parse(r.aliases)), r.subtype],
);
const relations = await exportTable(
  'relations',
  'SELECT id, type, from_id, to_id, properties FROM relations ORDER BY id',
  'INSERT INTO relations (id, type, from_id, to_id, properties) VALUES ($id, $type, $from_id, $to_id, $properties)',
  (r) => [r.id, r.type, r.from_id, r.to_id, r.properties],
);
// The indexes a user makes for "relations of an entity, by ID" from either end; type and other end included, so a
// traversal step reads the index alone (the same shape as Graph's own relation indexes).
peer.exec(`
  CREATE INDEX relations_by_from ON relations (from_id, id, type, to_id);
  CREATE INDEX relations_by_to ON relations (to_id, id, type, from_id);
  ANALYZE;
`);
peer.pragma('journal_mode = DELETE');
peer.close();
console.log(`exported ${entities} entities and ${relations} relations to ${outDir}`);
