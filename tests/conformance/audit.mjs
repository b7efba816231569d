// GraphQL-over-HTTP conformance audit: runs graphql-http's server audits against a running server.
// Usage: node audit.mjs http://127.0.0.1:5123/graphql
// Exit code: 0 when no MUST audit fails, 1 when one does, 2 on bad usage.
import { serverAudits } from 'graphql-http';

// Loopback only: this tool sends many requests and must never aim them at someone else's server.
const allowedHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);
const requestTimeoutMs = 15_000;
const bodyPreviewChars = 300;

function parseTarget(arg) {
  let url;
  try {
    url = new URL(arg ?? '');
  } catch {
    return { error: `not a URL: ${JSON.stringify(arg ?? '')}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { error: `only http and https URLs are audited, not ${url.protocol}` };
  }
  if (!allowedHosts.has(url.hostname)) {
    return { error: `refusing host ${url.hostname}: only ${[...allowedHosts].join(', ')} are audited` };
  }
  return { url: url.href };
}

// Some audits read the body before failing; keep an unread copy of every response so the report can still show it.
const unreadCopies = new WeakMap();

// A hung server must fail the audit rather than stall it, and a redirect must not carry requests off loopback.
async function loopbackFetch(input, init) {
  const response = await fetch(input, { ...init, redirect: 'manual', signal: AbortSignal.timeout(requestTimeoutMs) });
  unreadCopies.set(response, response.clone());
  return response;
}

async function describeResponse(response) {
  if (!response) {
    return '';
  }
  const contentType = response.headers.get('content-type') ?? 'no content-type';
  let body = '';
  try {
    const readable = response.bodyUsed ? unreadCopies.get(response) : response;
    body = readable ? await readable.text() : '<body already read>';
  } catch (err) {
    body = `<body unreadable: ${err.message}>`;
  }
  body = body.replace(/\s+/g, ' ').trim();
  if (body.length > bodyPreviewChars) {
    body = `${body.slice(0, bodyPreviewChars)}…`;
  }
  return ` [HTTP ${response.status}, ${contentType}${body ? `, body: ${body}` : ''}]`;
}

async function runAudit(audit) {
  try {
    return await audit.fn();
  } catch (err) {
    // graphql-http rethrows anything that is not an assertion failure (connection refused, timeout): count it as an error.
    const cause = err?.cause?.code ?? err?.cause?.message;
    return { id: audit.id, name: audit.name, status: 'error', reason: `${err?.message ?? err}${cause ? ` (${cause})` : ''}` };
  }
}

const target = parseTarget(process.argv[2]);
if (target.error) {
  console.error(`audit.mjs: ${target.error}`);
  console.error('usage: node audit.mjs http://127.0.0.1:PORT/graphql');
  process.exit(2);
}

console.log(`GraphQL-over-HTTP audit of ${target.url}`);
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const audit of serverAudits({ url: target.url, fetchFn: loopbackFetch })) {
  const result = await runAudit(audit);
  const status = result.status in counts ? result.status : 'error';
  counts[status]++;
  const detail = status === 'ok' ? '' : `: ${result.reason}${await describeResponse(result.response)}`;
  console.log(`${status.padEnd(6)} ${result.id} ${result.name}${detail}`);
}

// ok, warn (a failed SHOULD) and notice (a failed MAY) pass; only a failed MUST fails.
const passed = counts.ok + counts.warn + counts.notice;
console.log(`${counts.warn} warnings (SHOULD not met), ${counts.notice} notices (MAY not met)`);
console.log(`${passed} passed, ${counts.error} failed`);
process.exit(counts.error > 0 ? 1 : 0);
