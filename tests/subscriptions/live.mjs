// Live updates against the running service with the reference clients: graphql-ws (graphql-transport-ws over
// WebSocket) and graphql-sse (GraphQL over Server-Sent Events, distinct connections mode).
// Usage: node live.mjs http://127.0.0.1:PORT/graphql WRITER_KEY
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';
import assert from 'node:assert/strict';

const [url, writerKey] = process.argv.slice(2);
if (!url || !writerKey) {
  console.error('usage: node live.mjs GRAPHQL_URL WRITER_KEY');
  process.exit(2);
}

const wsUrl = url.replace(/^http/, 'ws');
let failures = 0;

async function check(name, body) {
  try {
    await body();
    console.log(`ok   ${name}`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}\n     ${error?.stack ?? JSON.stringify(error)}`);
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms); }),
  ]);
}

// An invented document with a figure (periods and a city pattern the extractor knows), different on every run.
function newsletter(tag) {
  return `【数据快报 ${tag}】\n\n● 沈阳市经济运行简报\n\n今年 1-3 月，沈阳市软件业务收入 ${100 + (Date.now() % 900)} 亿元，同比增长 8.5%。\n\n（来源：数据快报）\n`;
}

async function ingest(title) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': writerKey },
    body: JSON.stringify({
      query: 'mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { title } alreadyIngested } }',
      variables: { input: { title, text: newsletter(title), publishedAt: '2025-04-15' } },
    }),
  });
  const body = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body));
  assert.equal(body.data.ingestDocument.alreadyIngested, false);
}

/** Subscribes with a graphql-ws or graphql-sse client; resolves with the first result that satisfies `accept`. */
function firstResult(client, payload, accept = () => true) {
  let dispose;
  const result = new Promise((resolve, reject) => {
    dispose = client.subscribe(payload, {
      next: (value) => { if (accept(value)) resolve(value); },
      error: reject,
      complete: () => reject(new Error('completed before a result')),
    });
  });
  return { result, dispose: () => dispose() };
}

/** Waits until a subscription is registered on the server (the feed has no replay, so ingest only after that). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

await check('WebSocket: documentIngested, entityChanged and observationAdded arrive after an ingestion commits', async () => {
  const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
  try {
    const title = `ws-${Date.now()}`;
    const documents = firstResult(client, { query: 'subscription { documentIngested { document { title } entitiesFound } }' },
      (r) => r.data?.documentIngested?.document?.title === title);
    const figures = firstResult(client, { query: 'subscription { observationAdded { indicator { name } subject { name } value unit } }' });
    await settle();
    await ingest(title);
    const document = await withTimeout(documents.result, 15000, 'documentIngested');
    assert.ok(document.data.documentIngested.entitiesFound > 0);
    const figure = await withTimeout(figures.result, 15000, 'observationAdded');
    assert.equal(figure.data.observationAdded.unit, '亿元');

    // entityChanged for the city the document talks about: find its ID, subscribe, ingest again.
    const found = await (await fetch(`${url}?query=${encodeURIComponent('{ places(where: { nameContains: "沈阳市" }) { nodes { id } } }')}`)).json();
    const id = found.data.places.nodes[0].id;
    const changes = firstResult(client, { query: 'subscription($ids: [ID!]!) { entityChanged(ids: $ids) { kind entity { id name } document { title } } }', variables: { ids: [id] } });
    await settle();
    const again = `ws-again-${Date.now()}`;
    await ingest(again);
    const change = await withTimeout(changes.result, 15000, 'entityChanged');
    assert.equal(change.data.entityChanged.entity.id, id);
    assert.equal(change.data.entityChanged.document.title, again);
    documents.dispose();
    figures.dispose();
    changes.dispose();
  } finally {
    await client.dispose();
  }
});

await check('WebSocket: a query runs as a single-result operation', async () => {
  const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  try {
    const { result } = firstResult(client, { query: '{ statistics { entitiesByKind { kind count } } }' });
    const value = await withTimeout(result, 10000, 'query over WebSocket');
    assert.ok(value.data.statistics.entitiesByKind.length > 0);
  } finally {
    await client.dispose();
  }
});

await check('WebSocket: a mutation without a writer key is refused with UNAUTHENTICATED', async () => {
  const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  try {
    const error = await withTimeout(new Promise((resolve, reject) => client.subscribe(
      { query: 'mutation { ingestDocument(input: { title: "x", text: "y" }) { alreadyIngested } }' },
      { next: () => reject(new Error('the mutation ran')), error: resolve, complete: () => reject(new Error('completed without an error')) })), 10000, 'refusal');
    assert.equal(error[0].extensions.code, 'UNAUTHENTICATED');
  } finally {
    await client.dispose();
  }
});

await check('WebSocket: a writer key in connection_init lets a mutation run', async () => {
  const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { 'X-Api-Key': writerKey } });
  try {
    const title = `ws-mutation-${Date.now()}`;
    const { result } = firstResult(client, {
      query: 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { alreadyIngested } }',
      variables: { input: { title, text: newsletter(title) } },
    });
    const value = await withTimeout(result, 15000, 'mutation over WebSocket');
    assert.equal(value.data.ingestDocument.alreadyIngested, false);
  } finally {
    await client.dispose();
  }
});

await check('WebSocket: a wrong key closes the connection with 4403', async () => {
  const closed = await withTimeout(new Promise((resolve) => {
    const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { 'X-Api-Key': 'not-a-key' },
      on: { closed: (event) => resolve(event) }, onNonLazyError: () => {} });
  }), 10000, 'close');
  assert.equal(closed.code, 4403);
});

await check('SSE: documentIngested arrives after an ingestion commits', async () => {
  const client = createSseClient({ url, retryAttempts: 0 });
  try {
    const title = `sse-${Date.now()}`;
    const documents = firstResult(client, { query: 'subscription { documentIngested { document { title } observationsFound } }' },
      (r) => r.data?.documentIngested?.document?.title === title);
    await settle();
    await ingest(title);
    const value = await withTimeout(documents.result, 15000, 'documentIngested over SSE');
    assert.ok(value.data.documentIngested.observationsFound > 0);
    documents.dispose();
  } finally {
    client.dispose();
  }
});

await check('SSE: validation errors come through the accepted stream', async () => {
  const client = createSseClient({ url, retryAttempts: 0 });
  try {
    const { result } = firstResult(client, { query: 'subscription { noSuchField }' });
    const value = await withTimeout(result, 10000, 'validation error over SSE');
    assert.equal(value.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
  } finally {
    client.dispose();
  }
});

await check('HTTP: a subscription over plain POST is a 400 BAD_REQUEST that names the transports', async () => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: 'subscription { documentIngested { alreadyIngested } }' }),
  });
  const body = await response.json();
  assert.equal(response.status, 400);
  assert.equal(body.errors[0].extensions.code, 'BAD_REQUEST');
  assert.match(body.errors[0].message, /graphql-transport-ws/);
});

console.log(failures === 0 ? 'live updates: all checks passed' : `live updates: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
