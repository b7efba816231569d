// Sends the worst documents of the CPU tests (tests/Graph.Server.Tests/Hardening/WorstDocuments.cs) to the service,
// round-robin, from HOSTILE_CLIENTS concurrent clients for DURATION seconds, and prints what came back.
// Usage: node tests/load/hostile.mjs BASE_URL DURATION
const [base, durationText] = process.argv.slice(2);
const clients = Number(process.env.HOSTILE_CLIENTS ?? 4);
const end = Date.now() + Number(durationText) * 1000;

const range = (n) => [...Array(n).keys()];
const repeat = (text, n) => text.repeat(n);
const fanOut = (levels, type, leaf) =>
  range(levels).map((i) => `fragment F${i} on ${type} { ...F${i + 1} ...F${i + 1} } `).join('') + `fragment F${levels} on ${type} { ${leaf} }`;

const documents = [
  { query: 'query { ...F0 } ' + fanOut(30, 'Query', '__typename') },
  { query: 'query { ...F0 } ' + range(30).map((i) => `fragment F${i} on Query { ...A${i} ...B${i} } fragment A${i} on Query { ...F${i + 1} } fragment B${i} on Query { ...F${i + 1} } `).join('') + 'fragment F30 on Query { __typename }' },
  { query: '{ __schema { types { ...F0 } } } ' + fanOut(30, '__Type', 'name') },
  { query: '{ places(first: 1) { nodes { ' + repeat('kind ', 4900) + '} } }' },
  { query: '{ statistics { ' + repeat('entitiesByKind { kind } ', 1200) + '} }' },
  { query: '{ node(id: "UGxhY2U6cGxhY2VfMA") { ... on Place { ' + range(65).map((i) => `parent { ...P${i} } `).join('') + '} } } ' +
      range(65).map((i) => `fragment P${i} on Place { parent { name } ${i + 1 < 65 ? `...P${i + 1}` : ''} } `).join('') },
  { query: '{ statistics { ' + range(100).map((i) => `...S${i} `).join('') + '} } ' + range(100).map((i) => `fragment S${i} on Statistics { entities documents } `).join('') },
  { query: '{ ...C0 } ' + range(100).map((i) => `fragment C${i} on Query { ...C0 ${i + 1 < 100 ? `...C${i + 1}` : ''} } `).join('') },
  { query: range(16).map((i) => `query Q${i}($v: Int! = 5) { ...C0 companies(first: $v) { nodes { name } } } `).join('') +
      range(100).map((i) => `fragment C${i} on Query { ${i + 1 < 100 ? `...C${i + 1}` : '__typename'} } `).join(''), operationName: 'Q0' },
  { query: '{ companies(first: 1, ' + repeat('first: 1, ', 1600) + ') { totalCount } }' },
  { query: 'query(' + repeat('$v: Int ', 1200) + ') { statistics { entities } }' },
  { query: '{ statistics { ' + repeat('nope ', 4900) + '} }' },
  { query: 'query(' + range(700).map((i) => `$v${i}: ID! `).join('') + ') { nodes(ids: [' + range(700).map((i) => `$v${i} `).join('') + ']) { id } }' },
  { query: '{ statistics { ' + repeat('... on Statistics { entities relations } ', 700) + '} }' },
];

const statuses = {};
let sent = 0;
async function client(offset) {
  for (let i = offset; Date.now() < end; i++) {
    const body = JSON.stringify({ ...documents[i % documents.length], query: `# ${i}\n` + documents[i % documents.length].query });
    try {
      const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body });
      await response.text();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    } catch {
      statuses.failed = (statuses.failed ?? 0) + 1;
    }
    sent++;
  }
}

await Promise.all(range(clients).map(client));
console.log(`hostile: ${sent} worst documents from ${clients} clients in ${durationText} s, statuses ${JSON.stringify(statuses)}`);
