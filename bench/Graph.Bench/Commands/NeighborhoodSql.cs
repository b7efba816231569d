namespace Graph.Bench.Commands;

/// <summary>
/// The 2-hop neighborhood written by hand as one SQLite statement: the center, its neighbors, theirs (each node read up to
/// the limit, as the store does, so a hub next to the center does not flood it), the first 200 by distance and ID with
/// their entity rows, and the relations among them (found from each node's outgoing side, as the store does,
/// since relations point at hubs).
/// </summary>
internal static class NeighborhoodSql
{
    public const string Capped = """
        WITH
          hop1 (id) AS (
            SELECT r.to_id FROM relations r WHERE r.from_id = $c
              AND r.id <= coalesce((SELECT x.id FROM relations x WHERE x.from_id = $c ORDER BY x.id LIMIT 1 OFFSET $limit), '~')
            UNION
            SELECT r.from_id FROM relations r WHERE r.to_id = $c
              AND r.id <= coalesce((SELECT x.id FROM relations x WHERE x.to_id = $c ORDER BY x.id LIMIT 1 OFFSET $limit), '~')),
          hop2 (id) AS (
            SELECT r.to_id FROM hop1 h CROSS JOIN relations r ON r.from_id = h.id
              WHERE r.id <= coalesce((SELECT x.id FROM relations x WHERE x.from_id = h.id ORDER BY x.id LIMIT 1 OFFSET $limit), '~')
            UNION
            SELECT r.from_id FROM hop1 h CROSS JOIN relations r ON r.to_id = h.id
              WHERE r.id <= coalesce((SELECT x.id FROM relations x WHERE x.to_id = h.id ORDER BY x.id LIMIT 1 OFFSET $limit), '~')),
          nodes (id, d) AS (
            SELECT $c, 0
            UNION ALL SELECT id, 1 FROM hop1 WHERE id <> $c
            UNION ALL SELECT id, 2 FROM hop2 WHERE id <> $c AND id NOT IN (SELECT id FROM hop1)),
          kept (id, d) AS MATERIALIZED (SELECT id, d FROM nodes ORDER BY d, id LIMIT $limit)
        SELECT 'n', k.d, e.id, e.kind, e.name, e.aliases, e.subtype, e.start_date, e.end_date, e.attributes
        FROM kept k JOIN entities e ON e.id = k.id
        UNION ALL
        SELECT 'e', NULL, r.id, r.type, r.from_id, r.to_id, r.properties, NULL, NULL, NULL
        FROM relations r INDEXED BY relations_by_from_id WHERE r.from_id IN (SELECT id FROM kept) AND r.to_id IN (SELECT id FROM kept)
        """;
}
