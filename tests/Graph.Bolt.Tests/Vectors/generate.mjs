// Regenerates vectors.json: golden PackStream values, request messages, server messages, chunk framing and VarInts, as the
// official JavaScript driver (neo4j-driver 6.3.0, package neo4j-driver-bolt-connection) encodes them. The C# tests in
// ../PackStream and ../Messages rebuild each value from its descriptor and compare our bytes with these, both ways.
//
// Descriptors are JSON arrays: ["int", "123"], ["float", "<16 hex digits of the IEEE 754 bits>"], ["str", "..."],
// ["str-repeat", unit, count], ["bytes", "<hex>"], ["bytes-gen", n], ["list", [...]], ["list-gen", n], ["map", [[key, d]...]],
// ["map-gen", n], ["struct", tag, [...]], and typed values (["date", "2025-04-15"], ["datetime", local, offsetSeconds], ...).
// Plain JS numbers pack as floats, so every integer goes through int(...).
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { cases } from './cases.mjs';

const require = createRequire(import.meta.url);
const neo4j = require('neo4j-driver');
const { int } = neo4j;
const core = require('neo4j-driver-core');
const { Packer } = require('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js');
const { Structure } = require('neo4j-driver-bolt-connection/lib/packstream/structure.js');
const { alloc, Chunker, Dechunker } = require('neo4j-driver-bolt-connection/lib/channel/index.js');
const Transformer = require('neo4j-driver-bolt-connection/lib/bolt/transformer.js').default;
const v5x8Transformers = require('neo4j-driver-bolt-connection/lib/bolt/bolt-protocol-v5x8.transformer.js').default;
const v4x4Transformers = require('neo4j-driver-bolt-connection/lib/bolt/bolt-protocol-v4x4.transformer.js').default;
const RequestMessage = require('neo4j-driver-bolt-connection/lib/bolt/request-message.js').default;

const { Bookmarks } = core.internal.bookmarks;
const { TxConfig } = core.internal.txConfig;
const logger = core.internal.logger.Logger.noOp();
const transformerOf = transformers => new Transformer(
  Object.values(transformers).map(create => create({ disableLosslessIntegers: false, useBigInt: false }, logger)));
const transformer = transformerOf(v5x8Transformers);
// Bolt 4.4 before the server accepts the utc patch (#messages-hello, patch_bolt): legacy DateTime structures.
const legacyTransformer = transformerOf(v4x4Transformers);

// Inline hex up to this many bytes; larger encodings are checked by length and SHA-256.
const INLINE_LIMIT = 4096;

class Collector {
  constructor () { this.bytes = [] }
  writeUInt8 (v) { this.bytes.push(v & 0xff) }
  writeInt8 (v) { this.bytes.push(v & 0xff) }
  writeInt16 (v) { this.bytes.push((v >> 8) & 0xff, v & 0xff) }
  writeInt32 (v) { this.bytes.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff) }
  writeFloat64 (v) { const b = Buffer.alloc(8); b.writeDoubleBE(v); this.bytes.push(...b) }
  writeBytes (buf) { while (buf.hasRemaining()) this.bytes.push(buf.readUInt8()) }
}

function parseLocal (text) {
  const m = /^(?:(-?\d{4,})-(\d{2})-(\d{2}))?T?(?:(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?)?$/.exec(text);
  if (!m) throw new Error(`bad local date-time ${text}`);
  const nanos = m[7] ? Number(m[7].padEnd(9, '0')) : 0;
  return { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), h: Number(m[4]), mi: Number(m[5]), s: Number(m[6]), ns: nanos };
}

function toJs (d) {
  const [t, ...a] = d;
  switch (t) {
    case 'null': return null;
    case 'bool': return a[0];
    case 'int': return int(a[0]);
    case 'float': return Buffer.from(a[0], 'hex').readDoubleBE(0);
    case 'str': return a[0];
    case 'str-repeat': return a[0].repeat(a[1]);
    case 'bytes': return Int8Array.from(Buffer.from(a[0], 'hex'));
    case 'bytes-gen': return Int8Array.from({ length: a[0] }, (_, i) => ((i * 7) % 256) << 24 >> 24);
    case 'list': return a[0].map(toJs);
    case 'list-gen': return Array.from({ length: a[0] }, (_, i) => int(i % 100));
    case 'map': return Object.fromEntries(a[0].map(([k, v]) => [k, toJs(v)]));
    case 'map-gen': return Object.fromEntries(Array.from({ length: a[0] }, (_, i) => [`k${i}`, int(i % 100)]));
    case 'struct': return new Structure(a[0], a[1].map(toJs));
    case 'date': { const p = parseLocal(a[0]); return new neo4j.types.Date(p.y, p.mo, p.d) }
    case 'localtime': { const p = parseLocal(a[0]); return new neo4j.types.LocalTime(p.h, p.mi, p.s, p.ns) }
    case 'time': { const p = parseLocal(a[0]); return new neo4j.types.Time(p.h, p.mi, p.s, p.ns, a[1]) }
    case 'localdatetime': { const p = parseLocal(a[0]); return new neo4j.types.LocalDateTime(p.y, p.mo, p.d, p.h, p.mi, p.s, p.ns) }
    case 'datetime': { const p = parseLocal(a[0]); return new neo4j.types.DateTime(p.y, p.mo, p.d, p.h, p.mi, p.s, p.ns, a[1]) }
    case 'zoned': { const p = parseLocal(a[0]); return new neo4j.types.DateTime(p.y, p.mo, p.d, p.h, p.mi, p.s, p.ns, undefined, a[1]) }
    case 'duration': return new neo4j.types.Duration(int(a[0]), int(a[1]), int(a[2]), int(a[3]));
    case 'point': return a.length === 4 ? new neo4j.types.Point(int(a[0]), a[1], a[2], a[3]) : new neo4j.types.Point(int(a[0]), a[1], a[2]);
    case 'node': return new Structure(0x4e, [int(a[0]), a[1], toJs(a[2]), a[3]]);
    case 'relationship': return new Structure(0x52, [int(a[0]), int(a[1]), int(a[2]), a[3], toJs(a[4]), a[5], a[6], a[7]]);
    case 'unbound': return new Structure(0x72, [int(a[0]), a[1], toJs(a[2]), a[3]]);
    case 'path': return new Structure(0x50, [a[0].map(toJs), a[1].map(toJs), a[2].map(i => int(i))]);
    default: throw new Error(`unknown descriptor ${t}`);
  }
}

function txExtra (e = {}) {
  return {
    bookmarks: new Bookmarks(e.bookmarks ?? []),
    txConfig: new TxConfig({ timeout: e.timeoutMs, metadata: e.metadata ? toJs(e.metadata) : undefined }, logger),
    database: e.db,
    mode: e.mode === 'r' ? 'READ' : 'WRITE',
    impersonatedUser: e.impUser,
    notificationFilter: null
  };
}

function toMessage (d) {
  const [t, ...a] = d;
  switch (t) {
    case 'hello': {
      const h = a[0];
      const [major, minor] = h.version.split('.').map(Number);
      const routing = h.routing ?? null;
      if (major < 5 || (major === 5 && minor === 0)) {
        return RequestMessage.hello(h.userAgent, h.auth, routing, major === 4 ? ['utc'] : null);
      }
      if (minor < 3) return RequestMessage.hello5x1(h.userAgent, routing);
      return RequestMessage.hello5x5(h.userAgent, h.boltAgent, null, routing);
    }
    case 'logon': return RequestMessage.logon(a[0]);
    case 'logoff': return RequestMessage.logoff();
    case 'run': return RequestMessage.runWithMetadata5x5(a[0], toJs(a[1]), txExtra(a[2]));
    case 'begin': return RequestMessage.begin5x5(txExtra(a[0]));
    case 'pull': return RequestMessage.pull({ n: int(a[0]), stmtId: a[1] === -1 ? -1 : int(a[1]) });
    case 'discard': return RequestMessage.discard({ n: int(a[0]), stmtId: a[1] === -1 ? -1 : int(a[1]) });
    case 'commit': return RequestMessage.commit();
    case 'rollback': return RequestMessage.rollback();
    case 'reset': return RequestMessage.reset();
    case 'goodbye': return RequestMessage.goodbye();
    case 'route': return RequestMessage.routeV4x4(a[0], a[1], { databaseName: a[2], impersonatedUser: a[3] });
    case 'telemetry': return RequestMessage.telemetry({ api: a[0] });
    // Server messages, for the decoder: plain structures as a server sends them.
    case 'success': return { signature: 0x70, fields: [toJs(a[0])] };
    case 'failure': return { signature: 0x7f, fields: [toJs(a[0])] };
    case 'ignored': return { signature: 0x7e, fields: [] };
    case 'record': return { signature: 0x71, fields: [toJs(a[0])] };
    default: throw new Error(`unknown message ${t}`);
  }
}

function packValue (value, using = transformer) {
  const out = new Collector();
  new Packer(out).packable(value, using.toStructure)();
  return Buffer.from(out.bytes);
}

function packMessage (message) {
  const out = new Collector();
  const packer = new Packer(out);
  packer.packStruct(message.signature, message.fields.map(f => packer.packable(f, transformer.toStructure)));
  return Buffer.from(out.bytes);
}

// The driver's own chunker, with a buffer large enough that only the 16-bit chunk size limit splits a message.
function chunk (payload) {
  const written = [];
  const channel = { write: buf => { for (let i = 0; i < buf.length; i++) written.push(buf.getUInt8(i)) } };
  const chunker = new Chunker(channel, 0xffff + 2);
  const data = alloc(payload.length);
  for (const b of payload) data.writeUInt8(b);
  data.reset();
  chunker.writeBytes(data);
  chunker.messageBoundary();
  chunker.flush();
  return Buffer.from(written);
}

// Feeds a byte stream to the driver's own dechunker and returns the messages it yields.
function dechunk (stream) {
  const messages = [];
  const dechunker = new Dechunker();
  dechunker.onmessage = buf => {
    const bytes = [];
    while (buf.hasRemaining()) bytes.push(buf.readUInt8());
    messages.push(Buffer.from(bytes).toString('hex'));
  };
  const data = alloc(stream.length);
  for (const b of stream) data.writeUInt8(b);
  data.reset();
  dechunker.write(data);
  return messages;
}

function payloadOf (length) { return Buffer.from(Array.from({ length }, (_, i) => (i * 31) % 256)) }

function encoding (bytes) {
  return bytes.length <= INLINE_LIMIT
    ? { hex: bytes.toString('hex') }
    : { length: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

// The driver decodes the manifest's VarInts (up to four bytes); its encoder only ever writes the capability 0.
function varint (hex) {
  const bytes = Buffer.from(hex, 'hex');
  const buf = alloc(bytes.length);
  for (const b of bytes) buf.writeUInt8(b);
  buf.reset();
  return buf.readVarInt();
}

const output = {
  generator: 'tests/Graph.Bolt.Tests/Vectors/generate.mjs',
  driver: `neo4j-driver ${require('neo4j-driver/package.json').version}`,
  values: cases.values.map(([name, d]) => ({ name, descriptor: d, ...encoding(packValue(toJs(d))) })),
  legacyValues: cases.legacyValues.map(([name, d]) => ({ name, descriptor: d, ...encoding(packValue(toJs(d), legacyTransformer)) })),
  messages: cases.messages.map(([name, d]) => ({ name, descriptor: d, ...encoding(packMessage(toMessage(d))) })),
  chunks: cases.chunkLengths.map(length => ({ name: `a ${length}-byte message`, payloadLength: length, ...encoding(chunk(payloadOf(length))) })),
  streams: cases.streams.map(([name, parts]) => {
    const stream = Buffer.from(parts.join(''), 'hex');
    return { name, hex: stream.toString('hex'), messages: dechunk(stream) };
  }),
  varints: cases.varints.map(hex => ({ hex, value: String(varint(hex)) }))
};

const target = join(dirname(fileURLToPath(import.meta.url)), 'vectors.json');
writeFileSync(target, JSON.stringify(output, null, 1) + '\n');
console.log(`wrote ${output.values.length} values, ${output.legacyValues.length} legacy values, ${output.messages.length} messages, ${output.chunks.length} chunkings, ` +
  `${output.streams.length} streams and ${output.varints.length} varints to ${target}`);
