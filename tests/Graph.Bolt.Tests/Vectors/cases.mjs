// The vector cases: every marker boundary, Chinese text, nesting, each structure and each request message Graph.Bolt sends.
const int = v => ['int', String(v)];
const str = s => ['str', s];
const float = hex => ['float', hex];
const map = entries => ['map', entries];
const list = items => ['list', items];

const integerBoundaries = [
  '-9223372036854775808', '-9223372036854775807', '-2147483649', '-2147483648', '-32769', '-32768', '-129', '-128', '-17', '-16',
  '-1', '0', '1', '42', '127', '128', '255', '256', '32767', '32768', '65535', '65536', '2147483647', '2147483648',
  '4294967296', '9223372036854775807'
];

const properties = map([['name', str('大连市')], ['population', int(7450785)]]);

export const cases = {
  values: [
    ['null', ['null']],
    ['true', ['bool', true]],
    ['false', ['bool', false]],
    ...integerBoundaries.map(v => [`integer ${v}`, int(v)]),
    ['float 0.0', float('0000000000000000')],
    ['float -0.0', float('8000000000000000')],
    ['float 1.23 (spec example)', float('3ff3ae147ae147ae')],
    ['float 1.5', float('3ff8000000000000')],
    ['float -2.5e-300', float('81d7f6f8c0a72b6c')],
    ['float max', float('7fefffffffffffff')],
    ['float smallest subnormal', float('0000000000000001')],
    ['float +infinity', float('7ff0000000000000')],
    ['float -infinity', float('fff0000000000000')],
    ['float NaN', float('7ff8000000000000')],
    ['empty string', str('')],
    ['string "A"', str('A')],
    ['15-byte string (largest tiny)', ['str-repeat', 'a', 15]],
    ['16-byte string (smallest STRING_8)', ['str-repeat', 'a', 16]],
    ['255-byte string (largest STRING_8)', ['str-repeat', 'b', 255]],
    ['256-byte string (smallest STRING_16)', ['str-repeat', 'b', 256]],
    ['65535-byte string (largest STRING_16)', ['str-repeat', 'c', 65535]],
    ['65536-byte string (smallest STRING_32)', ['str-repeat', 'c', 65536]],
    ['Chinese 大连市 (9 bytes, tiny)', str('大连市')],
    ['Chinese 大连港集团 (15 bytes, largest tiny)', str('大连港集团')],
    ['Chinese 数字中国建设峰会 (24 bytes, STRING_8)', str('数字中国建设峰会')],
    ['Chinese 85 characters (255 bytes, largest STRING_8)', ['str-repeat', '数', 85]],
    ['Chinese 86 characters (258 bytes, STRING_16)', ['str-repeat', '据', 86]],
    ['Chinese 21846 characters (65538 bytes, STRING_32)', ['str-repeat', '连', 21846]],
    ['mixed script with full-width punctuation', str('工业和信息化部（工信部）RCEP 2025年')],
    ['supplementary-plane character', str('𝄞𠀀')],
    ['German (spec example)', str('Größenmaßstäbe')],
    ['empty bytes', ['bytes', '']],
    ['three bytes (spec example)', ['bytes', '010203']],
    ['255 bytes (largest BYTES_8)', ['bytes-gen', 255]],
    ['256 bytes (smallest BYTES_16)', ['bytes-gen', 256]],
    ['65535 bytes (largest BYTES_16)', ['bytes-gen', 65535]],
    ['65536 bytes (smallest BYTES_32)', ['bytes-gen', 65536]],
    ['empty list', list([])],
    ['list of 3 (spec example)', list([int(1), int(2), int(3)])],
    ['15 items (largest tiny list)', ['list-gen', 15]],
    ['16 items (smallest LIST_8)', ['list-gen', 16]],
    ['255 items (largest LIST_8)', ['list-gen', 255]],
    ['256 items (smallest LIST_16)', ['list-gen', 256]],
    ['65535 items (largest LIST_16)', ['list-gen', 65535]],
    ['65536 items (smallest LIST_32)', ['list-gen', 65536]],
    ['heterogeneous list', list([int(1), float('4000000000000000'), str('three'), ['null'], ['bool', true], ['bytes', 'ff']])],
    ['empty map', map([])],
    ['map with one entry (spec example)', map([['one', str('eins')]])],
    ['15 entries (largest tiny map)', ['map-gen', 15]],
    ['16 entries (smallest MAP_8)', ['map-gen', 16]],
    ['255 entries (largest MAP_8)', ['map-gen', 255]],
    ['256 entries (smallest MAP_16)', ['map-gen', 256]],
    ['65536 entries (smallest MAP_32)', ['map-gen', 65536]],
    ['map with Chinese keys and values', map([['城市', str('大连市')], ['省份', str('辽宁省')], ['同比', float('404c800000000000')]])],
    ['nested maps and lists', map([
      ['entities', list([map([['id', str('place_1')], ['aliases', list([str('大连'), str('滨城')])]]), map([['id', str('place_2')], ['aliases', list([])]])])],
      ['page', map([['first', int(20)], ['after', ['null']], ['kinds', list([str('Place'), str('Company')])]])],
      ['deep', list([list([list([map([['x', list([int(-1), int(128)])]])])])])]
    ])],
    ['structure with no fields', ['struct', 0x01, []]],
    ['structure with 15 fields', ['struct', 0x7f, Array.from({ length: 15 }, (_, i) => int(i))]],
    ['Date 2025-04-15', ['date', '2025-04-15']],
    ['Date 1970-01-01', ['date', '1970-01-01']],
    ['Date 1969-12-31', ['date', '1969-12-31']],
    ['Date 0001-01-01', ['date', '0001-01-01']],
    ['LocalTime 10:20:30.1234567', ['localtime', '10:20:30.1234567']],
    ['LocalTime midnight', ['localtime', '00:00:00']],
    ['Time 23:59:59.9999999+08:00', ['time', '23:59:59.9999999', 28800]],
    ['Time 08:00:00-05:30', ['time', '08:00:00', -19800]],
    ['LocalDateTime 2025-04-15T10:20:30.5', ['localdatetime', '2025-04-15T10:20:30.5']],
    ['LocalDateTime before the epoch', ['localdatetime', '1969-12-31T23:59:59.9']],
    ['DateTime 2025-04-15T10:20:30.1234567+08:00', ['datetime', '2025-04-15T10:20:30.1234567', 28800]],
    ['DateTime spec example 1970-01-01T02:15:00+01:00', ['datetime', '1970-01-01T02:15:00', 3600]],
    ['DateTime before the epoch, negative offset', ['datetime', '1960-06-01T00:00:00.25', -14400]],
    ['DateTimeZoneId Asia/Shanghai', ['zoned', '2025-04-15T10:20:30.1234567', 'Asia/Shanghai']],
    ['DateTimeZoneId Europe/Berlin in summer', ['zoned', '2024-07-01T12:00:00', 'Europe/Berlin']],
    ['Duration P14M3DT3661.5S', ['duration', 14, 3, 3661, 500000000]],
    ['Duration negative', ['duration', -1, -2, -3, 0]],
    ['Point2D WGS-84', ['point', 4326, 121.6147, 38.914]],
    ['Point2D cartesian', ['point', 7203, 1.5, -2.25]],
    ['Point3D', ['point', 4979, 121.6147, 38.914, 50.5]],
    ['Node', ['node', 3, ['Entity', 'Place'], properties, '4:abc:3']],
    ['Relationship', ['relationship', 11, 2, 3, 'LOCATED_IN', map([['role', str('司长')]]), '5:abc:11', '4:abc:2', '4:abc:3']],
    ['UnboundRelationship', ['unbound', 17, 'HELD_IN', map([]), '5:abc:17']],
    ['Path (spec example shape)', ['path',
      [['node', 42, ['Entity'], map([]), 'n42'], ['node', 69, ['Entity'], map([]), 'n69'], ['node', 1, ['Entity'], map([]), 'n1']],
      [['unbound', 1000, 'LOCATED_IN', map([]), 'r1000'], ['unbound', 1001, 'PART_OF', map([]), 'r1001']],
      [1, 1, 1, 0, -2, 2]]]
  ],
  // DateTime values as Bolt 4.4 sends them when the server has not accepted the utc patch: the legacy structures
  // (46 and 66, seconds of the local date-time), encoded with the driver's 4.4 transformers.
  legacyValues: [
    ['legacy DateTime 2025-04-15T10:20:30.1234567+08:00', ['datetime', '2025-04-15T10:20:30.1234567', 28800]],
    ['legacy DateTime before the epoch, negative offset', ['datetime', '1960-06-01T00:00:00.25', -14400]],
    ['legacy DateTimeZoneId Asia/Shanghai', ['zoned', '2025-04-15T10:20:30.1234567', 'Asia/Shanghai']],
    ['legacy DateTimeZoneId Europe/Berlin in summer', ['zoned', '2024-07-01T12:00:00', 'Europe/Berlin']]
  ],
  messages: [
    ['HELLO 5.8 with bolt_agent, no routing', ['hello', {
      version: '5.8', userAgent: 'Graph/1.0.0',
      boltAgent: { product: 'Graph.Bolt/1.0.0', platform: 'Linux; X64', language: 'C#/10.0', languageDetails: '.NET 10.0.0' }
    }]],
    ['HELLO 5.4 with bolt_agent and routing context', ['hello', {
      version: '5.4', userAgent: 'Graph/1.0.0', routing: { address: 'localhost:7687', region: '华北' },
      boltAgent: { product: 'Graph.Bolt/1.0.0', platform: 'Linux; X64', language: 'C#/10.0', languageDetails: '.NET 10.0.0' }
    }]],
    ['HELLO 5.1 without auth', ['hello', { version: '5.1', userAgent: 'Graph/1.0.0' }]],
    ['HELLO 5.0 with basic auth', ['hello', {
      version: '5.0', userAgent: 'Graph/1.0.0', auth: { scheme: 'basic', principal: 'neo4j', credentials: '密码secret' }
    }]],
    ['HELLO 4.4 with basic auth, routing and the utc patch', ['hello', {
      version: '4.4', userAgent: 'Graph/1.0.0', auth: { scheme: 'basic', principal: 'neo4j', credentials: 'password' },
      routing: { address: 'db.example.com:7687' }
    }]],
    ['LOGON basic', ['logon', { scheme: 'basic', principal: 'neo4j', credentials: 'password' }]],
    ['LOGON none', ['logon', { scheme: 'none' }]],
    ['LOGOFF', ['logoff']],
    ['RUN auto-commit with bookmarks, timeout, metadata, database and read mode', ['run',
      'MATCH (e:Entity {id: $id}) RETURN e', map([['id', str('place_0123456789abcdef')]]),
      { bookmarks: ['FB:kcwQ1', 'FB:kcwQ2'], timeoutMs: 5000, metadata: map([['app', str('graph')]]), db: 'neo4j', mode: 'r' }]],
    ['RUN in a transaction (empty extra)', ['run',
      'UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e.name = row.name',
      map([['rows', list([map([['id', str('place_1')], ['name', str('大连市')]]), map([['id', str('place_2')], ['name', str('沈阳市')]])])]]),
      {}]],
    ['RUN write to the default database', ['run', 'RETURN 1', map([]), { bookmarks: ['FB:x'] }]],
    ['BEGIN write with bookmarks and database', ['begin', { bookmarks: ['FB:kcwQ1'], db: 'neo4j' }]],
    ['BEGIN read with timeout', ['begin', { timeoutMs: 30000, db: 'graph', mode: 'r' }]],
    ['BEGIN empty', ['begin', {}]],
    ['PULL n=1000', ['pull', 1000, -1]],
    ['PULL all', ['pull', -1, -1]],
    ['PULL n=2 qid=7', ['pull', 2, 7]],
    ['DISCARD all', ['discard', -1, -1]],
    ['DISCARD n=100 qid=3', ['discard', 100, 3]],
    ['COMMIT', ['commit']],
    ['ROLLBACK', ['rollback']],
    ['RESET', ['reset']],
    ['GOODBYE', ['goodbye']],
    ['ROUTE default database', ['route', { address: 'localhost:7687' }, [], null, null]],
    ['ROUTE named database with bookmarks', ['route', { address: 'core1:7687', policy: 'fast' }, ['FB:kcwQ1'], 'neo4j', null]],
    ['TELEMETRY managed transaction', ['telemetry', 0]],
    ['TELEMETRY explicit transaction', ['telemetry', 1]],
    ['TELEMETRY auto-commit', ['telemetry', 2]],
    ['SUCCESS of HELLO', ['success', map([
      ['server', str('Neo4j/5.26.0')], ['connection_id', str('bolt-42')],
      ['hints', map([['connection.recv_timeout_seconds', int(120)], ['telemetry.enabled', ['bool', true]]])]])]],
    ['SUCCESS of HELLO 4.4 accepting the utc patch', ['success', map([
      ['server', str('Neo4j/4.4.30')], ['connection_id', str('bolt-7')], ['patch_bolt', list([str('utc')])]])]],
    ['SUCCESS of RUN', ['success', map([['t_first', int(2)], ['fields', list([str('e'), str('名称')])], ['qid', int(0)]])]],
    ['SUCCESS with has_more', ['success', map([['has_more', ['bool', true]]])]],
    ['SUCCESS of ROUTE', ['success', map([['rt', map([['ttl', int(300)], ['db', str('neo4j')], ['servers', list([
      map([['addresses', list([str('core1:7687'), str('core2:7687')])], ['role', str('ROUTE')]]),
      map([['addresses', list([str('core2:7687')])], ['role', str('READ')]]),
      map([['addresses', list([str('core1:7687')])], ['role', str('WRITE')]])])]])]])]],
    ['FAILURE', ['failure', map([['code', str('Neo.ClientError.Statement.SyntaxError')], ['message', str('语法错误 at line 1')]])]],
    ['FAILURE with GQL status (5.7+)', ['failure', map([
      ['gql_status', str('50N42')], ['description', str('error: general processing exception')],
      ['neo4j_code', str('Neo.TransientError.Transaction.DeadlockDetected')], ['message', str('deadlock')],
      ['diagnostic_record', map([['OPERATION', str('')]])]])]],
    ['IGNORED', ['ignored']],
    ['RECORD with graph values', ['record', list([
      ['node', 3, ['Entity', 'Place'], properties, '4:abc:3'], str('大连'), int(-17), ['date', '2025-04-15'], ['null']])]]
  ],
  chunkLengths: [1, 16, 1400, 65534, 65535, 65536, 131070, 131071, 200000],
  streams: [
    ['two messages (spec example)', ['0010000102030405060708090a0b0c0d0e0f0000', '00080f0e0d0c0b0a09080000']],
    ['two messages with a NOOP between (spec example)', ['0010000102030405060708090a0b0c0d0e0f0000', '0000', '00080f0e0d0c0b0a09080000']],
    ['NOOPs before, between and after', ['0000', '0000', '0002b0700000', '0000', '0003b17ea00000', '0000']],
    ['a message split in two chunks (spec example)', ['0010000102030405060708090a0b0c0d0e0f', '0004010203040000']]
  ],
  // Minimal encodings, least significant group first (handshake #varint); ff8271 is the specification's example.
  varints: ['00', '01', '02', '7f', '8001', 'ff01', 'ac02', 'ff7f', '808001', 'ff8271', 'ffff7f', '80808001', 'ffffff7f']
};
