// The measuring half of bench/peers/run.sh (which builds, loads and starts the three servers, then calls this):
// draws seeded inputs for Q1–Q5 from Graph's file, checks that every server answers every input the same way, runs wrk on
// each query and server interleaved over rounds (CPU time read from /proc around each run), and writes the medians.
import Database from 'better-sqlite3';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const rounds = Number(args.rounds);
const duration = Number(args.duration);
const inputCount = Number(args.inputs);
const smoke = args.smoke === '1';
const work = args.work;
const server = (spec) => ({ pid: Number(spec.split('@')[0]), url: spec.split('@')[1] });
const servers = { graph: server(args.graph), postgraphile: server(args.postgraphile), yoga: server(args.yoga) };
const names = Object.keys(servers);
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

// --- seeded inputs, drawn from Graph's own file ---
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(42);
const db = new Database(args.db, { readonly: true, fileMustExist: true });
const maxNo = db.prepare('SELECT max(entity_no) FROM entities').pluck().get();
const byNo = db.prepare('SELECT id, kind, name FROM entities WHERE entity_no = ?');
const kindOf = new Map();
function randomEntity() {
  for (;;) {
    const row = byNo.get(1 + Math.floor(random() * maxNo));
    if (row) {
      kindOf.set(row.id, row.kind);
      return row;
    }
  }
}
function searchText() {
  for (;;) {
    const chars = [...randomEntity().name];
    if (chars.length >= 2) {
      const at = Math.floor(random() * (chars.length - 1));
      return chars[at] + chars[at + 1];
    }
  }
}
const hub = db.prepare('SELECT to_id AS id, count(*) AS degree FROM relations GROUP BY to_id ORDER BY degree DESC, to_id LIMIT 1').get();
kindOf.set(hub.id, db.prepare('SELECT kind FROM entities WHERE id = ?').pluck().get(hub.id));
const inputs = {
  Q1: Array.from({ length: inputCount }, () => randomEntity().id),
  Q2: Array.from({ length: inputCount }, () => randomEntity().id),
  Q3: Array.from({ length: inputCount }, searchText),
  Q4: Array.from({ length: Math.max(10, Math.round(inputCount / 2)) }, () => randomEntity().id),
  Q5: [hub.id],
};
db.close();

// --- Q1–Q5 as each server spells them, and the normal form their answers are compared in ---
// Graph's documents are bench/queries/*.graphql, which bench/http/q.lua sends too (Q5 is q2 on the hub).
const graphQuery = (name) => readFileSync(new URL(`../queries/${name}.graphql`, import.meta.url), 'utf8').trim();
const globalId = (id) => Buffer.from(`${kindOf.get(id)}:${id}`).toString('base64url');
const localId = (global) => Buffer.from(global, 'base64url').toString().split(':').slice(1).join(':');
const entity = (e) => e && { id: e.id, name: e.name, kind: e.kind.toUpperCase() };
const graphEntity = (e) => e && { id: localId(e.id), name: e.name, kind: e.kind };
const peerEdges = (id, nodes) => nodes.map((r) => ({
  id: r.id, type: r.type, direction: r.fromId === id ? 'OUTGOING' : 'INCOMING',
  other: entity(r.fromId === id ? r.entityByToId : r.entityByFromId),
}));
const withRelations = {
  graph: {
    query: graphQuery('q2'),
    variables: (id) => ({ id: globalId(id) }),
    normal: (d) => d.node && { ...graphEntity(d.node), relations: d.node.relations.edges.map((e) => ({
      id: localId(e.node.id), type: e.node.type, direction: e.direction, other: graphEntity(e.other) })) },
  },
  postgraphile: {
    query: 'query($id: String!) { entityById(id: $id) { id name kind } allRelations(filter: {or: [{fromId: {equalTo: $id}}, {toId: {equalTo: $id}}]}, orderBy: ID_ASC, first: 20) { nodes { id type fromId toId entityByFromId { id name kind } entityByToId { id name kind } } } }',
    variables: (id) => ({ id }),
    normal: (d) => d.entityById && { ...entity(d.entityById), relations: peerEdges(d.entityById.id, d.allRelations.nodes) },
  },
  yoga: {
    query: 'query($id: ID!) { entity(id: $id) { id name kind relations(first: 20) { id type direction other { id name kind } } } }',
    variables: (id) => ({ id }),
    normal: (d) => d.entity && { ...entity(d.entity), relations: d.entity.relations.map((r) => ({ ...r, other: entity(r.other) })) },
  },
};
const queries = {
  Q1: {
    title: 'Q1 entity by id',
    graph: {
      query: graphQuery('q1'),
      variables: (id) => ({ id: globalId(id) }),
      normal: (d) => graphEntity(d.node),
    },
    postgraphile: {
      query: 'query($id: String!) { entityById(id: $id) { id name kind } }',
      variables: (id) => ({ id }),
      normal: (d) => entity(d.entityById),
    },
    yoga: {
      query: 'query($id: ID!) { entity(id: $id) { id name kind } }',
      variables: (id) => ({ id }),
      normal: (d) => entity(d.entity),
    },
  },
  Q2: { title: 'Q2 entity + 20 relations + other ends', ...withRelations },
  Q3: {
    title: 'Q3 2-character name search, first 10',
    graph: {
      query: graphQuery('q3'),
      variables: (text) => ({ text }),
      normal: (d) => d.search.nodes.map(graphEntity),
    },
    postgraphile: {
      query: 'query($text: String!) { searchEntities(text: $text, first: 10) { nodes { id name kind } } }',
      variables: (text) => ({ text }),
      normal: (d) => d.searchEntities.nodes.map(entity),
    },
    yoga: {
      query: 'query($text: String!) { search(text: $text, first: 10) { id name kind } }',
      variables: (text) => ({ text }),
      normal: (d) => d.search.map(entity),
    },
  },
  Q4: {
    title: 'Q4 2-hop neighbourhood, cap 200',
    graph: {
      query: graphQuery('q4'),
      variables: (id) => ({ id: globalId(id) }),
      normal: (d) => d.neighborhood && d.neighborhood.nodes.map((n) => ({ id: localId(n.entity.id), name: n.entity.name, distance: n.distance })),
    },
    postgraphile: {
      query: 'query($id: String!) { neighborhood(center: $id, depth: 2, nodeLimit: 200) { nodes { id name distance } } }',
      variables: (id) => ({ id }),
      normal: (d) => (d.neighborhood.nodes.length ? d.neighborhood.nodes : null),
    },
    yoga: {
      query: 'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { distance entity { id name } } }',
      variables: (id) => ({ id }),
      normal: (d) => d.neighborhood && d.neighborhood.map((n) => ({ id: n.entity.id, name: n.entity.name, distance: n.distance })),
    },
  },
  Q5: { title: `Q5 hub (in-degree ${hub.degree.toLocaleString('en')}) + 20 relations`, ...withRelations },
};

// --- every server, every input: the same answer, or the run stops here ---
async function ask(name, q, input) {
  const spec = queries[q][name];
  const response = await fetch(servers[name].url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query: spec.query, variables: spec.variables(input) }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) {
    throw new Error(`${name} ${q} ${input}: HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return spec.normal(body.data);
}

async function check() {
  for (const q of Object.keys(queries)) {
    let empty = 0;
    for (const input of inputs[q]) {
      const answers = {};
      for (const name of names) answers[name] = await ask(name, q, input);
      for (const name of names.slice(1)) {
        if (!isDeepStrictEqual(answers[name], answers.graph)) {
          console.error(`MISMATCH on ${q} for input ${JSON.stringify(input)}: graph vs ${name}`);
          console.error(`graph: ${JSON.stringify(answers.graph)}`);
          console.error(`${name}: ${JSON.stringify(answers[name])}`);
          process.exit(1);
        }
      }
      const a = answers.graph;
      if (a === null || (Array.isArray(a) && a.length === 0) || (a.relations && a.relations.length === 0)) empty++;
    }
    // Answers that are all empty would agree and prove nothing.
    if (empty > inputs[q].length / 2) {
      console.error(`${q}: ${empty} of ${inputs[q].length} answers are empty; the inputs do not exercise the query`);
      process.exit(1);
    }
    console.log(`${q}: ${inputs[q].length} inputs, the three servers agree (${empty} empty answers)`);
  }
}

// --- wrk runs, with the CPU time of each server's processes around each run ---
const bodiesDir = join(work, 'bodies');
mkdirSync(bodiesDir, { recursive: true });
for (const q of Object.keys(queries)) {
  for (const name of names) {
    const spec = queries[q][name];
    const lines = inputs[q].map((input) => JSON.stringify({ query: spec.query, variables: spec.variables(input) }));
    writeFileSync(join(bodiesDir, `${name}-${q}.txt`), lines.join('\n') + '\n');
  }
}

const stat = (pid) => {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // gone between listing and reading
  }
};
const postmasterPid = Number(readFileSync(join(args['pg-data'], 'postmaster.pid'), 'utf8').split('\n')[0]);
const postgresChildren = () =>
  readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(Number).filter((p) => Number(stat(p)?.[1]) === postmasterPid);
// utime + stime, plus cutime + cstime for the parent: a PostgreSQL backend that exits during a run (the pool closes idle
// ones) leaves its time to the postmaster's children totals, so the sum over the tree never loses it.
const ticks = (pid, withChildren) => {
  const f = stat(pid);
  if (!f) return 0;
  return Number(f[11]) + Number(f[12]) + (withChildren ? Number(f[13]) + Number(f[14]) : 0);
};
const cpuMs = (name) => {
  let total = ticks(servers[name].pid, true);
  if (name === 'postgraphile') total += ticks(postmasterPid, true) + postgresChildren().reduce((s, p) => s + ticks(p, false), 0);
  return (total * 1000) / ticksPerSecond;
};
const memory = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))[1]);
  let pss = 0;
  try {
    pss = Number(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/Pss:\s+(\d+)/)[1]);
  } catch { /* no smaps_rollup: PSS stays 0 */ }
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024, pss: pss / 1024 };
};

function wrk(name, q, seconds) {
  const run = spawnSync('wrk', ['-t1', '-c8', `-d${seconds}s`, '-s', join(args.repo, 'bench/peers/wrk.lua'), servers[name].url], {
    env: { ...process.env, BODIES: join(bodiesDir, `${name}-${q}.txt`) },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`wrk ${name} ${q}: ${run.stderr}`);
  const requests = Number(run.stdout.match(/(\d+) requests in/)[1]);
  const rate = Number(run.stdout.match(/Requests\/sec:\s+([\d.]+)/)[1]);
  const failed = Number(run.stdout.match(/failed: (\d+)/)?.[1] ?? 'NaN');
  const socketErrors = run.stdout.match(/Socket errors: (.*)/)?.[1];
  if (failed !== 0 || /Non-2xx/.test(run.stdout)) throw new Error(`wrk ${name} ${q}: ${failed} failed answers\n${run.stdout}`);
  return { requests, rate, socketErrors };
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

await check();
console.log(`warm-up: every query on every server for ${Math.max(1, Math.min(duration, 2))} s`);
for (const q of Object.keys(queries)) for (const name of names) wrk(name, q, Math.max(1, Math.min(duration, 2)));

const runs = [];
const loads = [load()];
for (let round = 1; round <= rounds; round++) {
  for (const q of Object.keys(queries)) {
    // Each round starts with the next server, so none always runs first or last.
    const order = names.map((_, i) => names[(i + round - 1) % names.length]);
    for (const name of order) {
      const before = cpuMs(name);
      const result = wrk(name, q, duration);
      const cpu = cpuMs(name) - before;
      runs.push({ round, q, name, ...result, cpuPerRequest: cpu / result.requests });
      console.log(`round ${round} ${q} ${name.padEnd(12)} ${result.rate.toFixed(0).padStart(7)} req/s  ${(cpu / result.requests).toFixed(3)} ms CPU/req`);
    }
  }
  loads.push(load());
}

const pgProcesses = [postmasterPid, ...postgresChildren()];
const mem = {
  graph: memory(servers.graph.pid),
  postgraphile: memory(servers.postgraphile.pid),
  yoga: memory(servers.yoga.pid),
  pg: pgProcesses.map(memory).reduce((a, m) => ({ rss: a.rss + m.rss, pss: a.pss + m.pss }), { rss: 0, pss: 0 }),
};

// --- the table ---
const version = (dir, pkg) => JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const peersDir = join(args.repo, 'bench/peers');
const versions = {
  postgraphile: version(join(peersDir, 'postgraphile'), 'postgraphile'),
  filter: version(join(peersDir, 'postgraphile'), 'postgraphile-plugin-connection-filter'),
  yoga: version(peersDir, 'graphql-yoga'),
  sqlite: version(peersDir, 'better-sqlite3'),
  dataloader: version(peersDir, 'dataloader'),
  pg: args['pg-version'],
  node: process.version,
};
const git = (...a) => execFileSync('git', ['-C', args['graph-dir'], ...a]).toString().trim();
const graphRef = `${git('rev-parse', '--abbrev-ref', 'HEAD')} ${git('rev-parse', '--short', 'HEAD')}, src/ as of ${git('log', '-1', '--format=%h', '--', 'src')}`;
const n = (x) => Math.round(x).toLocaleString('en');
const rows = [];
const summary = {};
for (const q of Object.keys(queries)) {
  const cell = {};
  for (const name of names) {
    const mine = runs.filter((r) => r.q === q && r.name === name);
    cell[name] = { rate: median(mine.map((r) => r.rate)), cpu: median(mine.map((r) => r.cpuPerRequest)),
      min: Math.min(...mine.map((r) => r.rate)), max: Math.max(...mine.map((r) => r.rate)) };
  }
  const best = Math.max(cell.postgraphile.rate, cell.yoga.rate);
  const ratio = cell.graph.rate / best;
  summary[q] = { ...cell, ratio };
  const show = (c) => `${n(c.rate)} (${c.cpu.toFixed(2)})`;
  const r = `${ratio.toFixed(2)}×`;
  rows.push(`| ${queries[q].title} | ${show(cell.graph)} | ${show(cell.postgraphile)} | ${show(cell.yoga)} | ${ratio < 1.2 ? `**${r}**` : r} |`);
}
rows.push(`| RSS after the runs | ${n(mem.graph.rss)} MiB | ${n(mem.postgraphile.rss)} MiB + PG ${n(mem.pg.pss)} MiB | ${n(mem.yoga.rss)} MiB | |`);
const spread = Object.keys(queries).map((q) =>
  `${q} ${names.map((name) => `${n(summary[q][name].min)}–${n(summary[q][name].max)}`).join(' / ')}`).join('; ');
const command = `bench/peers/run.sh --entities ${args.entities} --rounds ${rounds} --duration ${duration} --inputs ${inputCount}` +
  (args.label === 'repository' ? '' : ` --graph-dir DIR --label ${args.label}`);
const section = [
  `### Graph (${graphRef}) and its peers, ${args.entities.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} entities`,
  '',
  `\`${command}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: the same inputs (seeded; ${inputCount}` +
  ` entities for Q1, Q2, ${inputCount} texts for Q3, ${inputs.Q4.length} centres for Q4, the hub for Q5) answered the same by` +
  ` the three servers, then wrk -t1 -c8 ${duration} s per query and server, interleaved over ${rounds} round${rounds > 1 ? 's' : ''};` +
  ' medians, req/s (CPU ms per request, PostgreSQL\'s processes counted for PostGraphile). Bold: Graph under 1.2× the best peer.',
  '',
  `| query | Graph | PostGraphile ${versions.postgraphile} + PG ${versions.pg} | yoga ${versions.yoga} + better-sqlite3 ${versions.sqlite} | Graph ÷ best peer |`,
  '|---|---|---|---|---|',
  ...rows,
  '',
  `Range of req/s over the rounds (Graph / PostGraphile / yoga): ${spread}. Load average before and after each round:` +
  ` ${loads.join(' → ')}. PostgreSQL's memory is the sum of its processes' PSS (RSS would count shared buffers once per` +
  ` backend; the RSS sum is ${n(mem.pg.rss)} MiB). Peak RSS: Graph ${n(mem.graph.hwm)} MiB, PostGraphile ${n(mem.postgraphile.hwm)} MiB,` +
  ` yoga ${n(mem.yoga.hwm)} MiB. Node ${versions.node}, connection-filter ${versions.filter}, DataLoader ${versions.dataloader}.`,
];
writeFileSync(join(work, `results-${args.label}-${args.entities}.json`), JSON.stringify({ summary, runs, mem, loads, versions, graphRef }, null, 2));
writeFileSync(join(work, `results-${args.label}-${args.entities}.md`), section.join('\n') + '\n');
console.log('\n' + section.join('\n'));

if (!smoke) {
  const path = join(args.repo, 'bench/RESULTS.md');
  const begin = `<!-- peers:${args.label}:begin -->`;
  const end = `<!-- peers:${args.label}:end -->`;
  const block = `${begin}\n${section.join('\n')}\n${end}`;
  let text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n';
  if (text.includes(begin) && text.includes(end)) {
    text = text.slice(0, text.indexOf(begin)) + block + text.slice(text.indexOf(end) + end.length);
  } else {
    const heading = '## Side by side with the peers';
    const intro = `${heading}\n\n\`bench/peers/run.sh\` (see [README.md](README.md)) sets up PostGraphile over a private PostgreSQL cluster and` +
      ' graphql-yoga + better-sqlite3 + DataLoader over a SQLite copy, loads the same generated graph into both, checks that' +
      ' the three servers give the same answers, and measures them side by side. Each section below is written by that' +
      ' command between its markers.\n';
    if (!text.includes(heading)) {
      const at = text.indexOf('## Reproducing');
      text = at >= 0 ? `${text.slice(0, at)}${intro}\n${block}\n\n${text.slice(at)}` : `${text.trimEnd()}\n\n${intro}\n${block}\n`;
    } else {
      const at = text.indexOf(heading) + heading.length;
      const next = text.indexOf('\n## ', at);
      const cut = next >= 0 ? next : text.length;
      text = `${text.slice(0, cut).trimEnd()}\n\n${block}\n${text.slice(cut)}`;
    }
  }
  writeFileSync(path, text);
  console.log(`\nwritten into ${path} between ${begin} and ${end}`);
}
