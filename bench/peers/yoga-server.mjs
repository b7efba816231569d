// The Node peer: graphql-yoga 5 over better-sqlite3 12 with DataLoader, on the SQLite copy export.mjs writes. Written the
// way a Node developer would serve this graph: a small schema, prepared statements, one loader per request for entities
// and one for relation lists (so a page of relations costs one batched entity read for its other ends).
// Usage: node yoga-server.mjs PEER_DB PORT (listens on 127.0.0.1 only).
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import Database from 'better-sqlite3';
import DataLoader from 'dataloader';

const [path, port] = process.argv.slice(2);
const db = new Database(path, { readonly: true, fileMustExist: true });

const entitiesByIds = db.prepare(
  'SELECT id, kind, name, aliases, subtype FROM entities WHERE id IN (SELECT value FROM json_each(?))');
// Each side cut to `first` through its (end, id) index, then merged: a hub's thousands of relations cost `first` rows.
const relationsOf = db.prepare(`
  SELECT id, type, from_id, to_id FROM (
    SELECT * FROM (SELECT id, type, from_id, to_id FROM relations WHERE from_id = $id ORDER BY id LIMIT $first)
    UNION ALL
    SELECT * FROM (SELECT id, type, from_id, to_id FROM relations WHERE to_id = $id AND from_id <> $id ORDER BY id LIMIT $first))
  ORDER BY id LIMIT $first`);
// Exact names first, then prefixes, then the rest; shorter names first; then by number (the order Graph gives).
const search = db.prepare(`
  SELECT e.id, e.kind, e.name, e.aliases, e.subtype,
         max(CASE WHEN t.value = $text THEN 3 WHEN substr(t.value, 1, length($text)) = $text THEN 2 ELSE 1 END * 1000000
             - min(length(t.value), 999999)) AS rank
  FROM entities e, json_each(json_insert(e.aliases, '$[#]', e.name)) t
  WHERE (instr(e.name, $text) > 0 OR instr(e.aliases, $text) > 0) AND instr(t.value, $text) > 0
  GROUP BY e.no ORDER BY rank DESC, e.no LIMIT $first`);
// One side of a traversal step: the first `cap` relations by ID, MENTIONS and PUBLISHED_BY not followed.
const outgoing = db.prepare(
  "SELECT to_id AS other FROM relations WHERE from_id = ? AND type NOT IN ('MENTIONS', 'PUBLISHED_BY') ORDER BY id LIMIT ?").pluck();
const incoming = db.prepare(
  "SELECT from_id AS other FROM relations WHERE to_id = ? AND type NOT IN ('MENTIONS', 'PUBLISHED_BY') ORDER BY id LIMIT ?").pluck();

const toEntity = (row) => ({ ...row, aliases: JSON.parse(row.aliases) });
const byOrdinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function loaders() {
  const entities = new DataLoader(async (ids) => {
    const rows = new Map(entitiesByIds.all(JSON.stringify(ids)).map((r) => [r.id, toEntity(r)]));
    return ids.map((id) => rows.get(id) ?? null);
  });
  const relations = new DataLoader(
    async (keys) => keys.map(({ id, first }) => relationsOf.all({ id, first })),
    { cacheKeyFn: ({ id, first }) => `${first}:${id}` });
  return { entities, relations };
}

// Breadth first; each level keeps the new entities in ID order until the limit (the rule Graph's neighborhood follows).
function neighborhood(center, depth, limit) {
  const distance = new Map([[center, 0]]);
  let frontier = [center];
  for (let d = 1; d <= depth && frontier.length > 0 && distance.size < limit; d++) {
    const found = new Set();
    for (const anchor of frontier) {
      for (const other of outgoing.all(anchor, limit)) if (!distance.has(other)) found.add(other);
      for (const other of incoming.all(anchor, limit)) if (!distance.has(other)) found.add(other);
    }
    frontier = [...found].sort(byOrdinal).slice(0, limit - distance.size);
    for (const id of frontier) distance.set(id, d);
  }
  return [...distance].map(([id, d]) => ({ id, distance: d }))
    .sort((a, b) => a.distance - b.distance || byOrdinal(a.id, b.id));
}

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      entity(id: ID!): Entity
      search(text: String!, first: Int! = 10): [Entity!]!
      neighborhood(id: ID!, depth: Int! = 1, limit: Int! = 50): [NeighborhoodNode!]
    }
    type Entity {
      id: ID!
      kind: String!
      name: String!
      aliases: [String!]!
      subtype: String
      relations(first: Int! = 20): [RelationEdge!]!
    }
    type RelationEdge {
      id: ID!
      type: String!
      direction: String!
      other: Entity!
    }
    type NeighborhoodNode {
      distance: Int!
      entity: Entity!
    }
  `,
  resolvers: {
    Query: {
      entity: (_, { id }, { loaders }) => loaders.entities.load(id),
      search: (_, { text, first }) => {
        if (first < 1 || first > 100) throw new Error('first must be 1 to 100');
        return search.all({ text, first }).map(toEntity);
      },
      neighborhood: async (_, { id, depth, limit }, { loaders }) => {
        if (depth < 1 || depth > 3 || limit < 1 || limit > 500) throw new Error('depth 1 to 3, limit 1 to 500');
        if (!(await loaders.entities.load(id))) return null;
        return neighborhood(id, depth, limit);
      },
    },
    Entity: {
      relations: async (entity, { first }, { loaders }) => {
        if (first < 1 || first > 100) throw new Error('first must be 1 to 100');
        const rows = await loaders.relations.load({ id: entity.id, first });
        return rows.map((r) => ({
          id: r.id,
          type: r.type,
          direction: r.from_id === entity.id ? 'OUTGOING' : 'INCOMING',
          otherId: r.from_id === entity.id ? r.to_id : r.from_id,
        }));
      },
    },
    RelationEdge: { other: (edge, _, { loaders }) => loaders.entities.load(edge.otherId) },
    NeighborhoodNode: { entity: (node, _, { loaders }) => loaders.entities.load(node.id) },
  },
});

const yoga = createYoga({
  schema,
  graphiql: false,
  logging: 'warn',
  maskedErrors: false,
  context: () => ({ loaders: loaders() }),
});
createServer(yoga).listen(Number(port), '127.0.0.1', () => console.log(`yoga peer on http://127.0.0.1:${port}/graphql`));
