// Lints statements.json (every statement Graph.Storage.Neo4j and `export --format cypher` can send, kept equal to the code
// by CypherCatalogTests) with Neo4j's analyzer, npm @neo4j-cypher/language-support: syntax and semantic errors such as
// undefined variables and type mismatches, and warnings such as deprecations. Parameters are bound at run time, so
// "Parameter $x is not defined" is the one diagnostic left out. Any other diagnostic fails the run.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const { lintCypherQuery } = require('@neo4j-cypher/language-support');
const version = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'node_modules', '@neo4j-cypher', 'language-support', 'package.json'), 'utf8')).version;

const file = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'statements.json');
const statements = JSON.parse(readFileSync(file, 'utf8'));
const parameterNotDefined = /^Parameter \$\w+ is not defined\.?$/;

let failures = 0;
for (const { name, text } of statements) {
  const { diagnostics } = lintCypherQuery(text, {});
  const reported = diagnostics.filter(d => !parameterNotDefined.test(d.message));
  for (const d of reported) {
    failures++;
    const line = text.split('\n')[d.range?.start?.line ?? 0] ?? '';
    console.error(`${name}: ${d.severity === 1 ? 'error' : 'warning'}: ${d.message}\n    ${line.trim()}`);
  }
}

console.log(`cypher-lint: ${statements.length} statements checked with @neo4j-cypher/language-support ${version}, ${failures} diagnostics`);
process.exit(failures === 0 ? 0 : 1);
