-- The peer schema PostGraphile serves (bench/peers/run.sh loads it, then the data, then peer-indexes.sql).
-- What a PostGraphile user would write for the graph: two tables with foreign keys (PostGraphile turns them into
-- entityByFromId / relationsByFromId fields), and custom query functions for what plain CRUD cannot say: search ranked
-- as Graph ranks it, and a capped breadth-first neighbourhood.
DROP SCHEMA IF EXISTS peer CASCADE;
CREATE SCHEMA peer;

CREATE TABLE peer.entities (
    id      text PRIMARY KEY,
    -- Graph's entity number: the tie-break of search ranking, so both answer in the same order.
    no      integer NOT NULL UNIQUE,
    kind    text NOT NULL,
    name    text NOT NULL,
    aliases text[] NOT NULL,
    subtype text
);

CREATE TABLE peer.relations (
    id         text PRIMARY KEY,
    type       text NOT NULL,
    from_id    text NOT NULL REFERENCES peer.entities (id),
    to_id      text NOT NULL REFERENCES peer.entities (id),
    properties jsonb
);

-- Entities whose name or an alias contains the text: exact names first, then prefixes, then the rest, shorter names
-- first, then by number (Graph's order). A two-character Chinese text gives pg_trgm no trigram to use, so this scans.
CREATE FUNCTION peer.search_entities(text text) RETURNS SETOF peer.entities
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT e.*
    FROM peer.entities e
    CROSS JOIN LATERAL (
        SELECT max(CASE WHEN t = $1 THEN 3 WHEN starts_with(t, $1) THEN 2 ELSE 1 END * 1000000 - least(char_length(t), 999999)) AS rank
        FROM unnest(array_prepend(e.name, e.aliases)) AS t
        WHERE strpos(t, $1) > 0) r
    -- The same test on the whole row first, so only the names that match are taken apart and ranked.
    WHERE (strpos(e.name, $1) > 0 OR strpos(array_to_string(e.aliases, ' '), $1) > 0) AND r.rank IS NOT NULL
    ORDER BY r.rank DESC, e.no
$$;

-- Entities within `depth` hops (either direction, MENTIONS and PUBLISHED_BY not followed), at most node_limit of them
-- counting the centre, nearest first. Each level reads at most node_limit relations per entity and side, the first by
-- ID, and keeps the new entities in ID order until the limit: the rule Graph's neighborhood follows.
CREATE FUNCTION peer.neighborhood(center text, depth integer DEFAULT 1, node_limit integer DEFAULT 50)
RETURNS TABLE (id text, name text, kind text, distance integer)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    frontier text[] := ARRAY[center];
    visited  text[] := ARRAY[center];
    levels   integer[] := ARRAY[0];
    found    text[];
    d        integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM peer.entities e WHERE e.id = center) THEN
        RETURN;
    END IF;
    WHILE d < depth AND cardinality(frontier) > 0 AND cardinality(visited) < node_limit LOOP
        d := d + 1;
        SELECT coalesce(array_agg(n.other ORDER BY n.other COLLATE "C"), '{}') INTO found
        FROM (
            SELECT DISTINCT s.other COLLATE "C" AS other
            FROM unnest(frontier) AS a (anchor)
            CROSS JOIN LATERAL (
                (SELECT r.to_id AS other FROM peer.relations r
                 WHERE r.from_id = a.anchor AND r.type NOT IN ('MENTIONS', 'PUBLISHED_BY') ORDER BY r.id LIMIT node_limit)
                UNION ALL
                (SELECT r.from_id FROM peer.relations r
                 WHERE r.to_id = a.anchor AND r.type NOT IN ('MENTIONS', 'PUBLISHED_BY') ORDER BY r.id LIMIT node_limit)) s
            WHERE s.other <> ALL (visited)
            ORDER BY 1
            LIMIT node_limit - cardinality(visited)) n;
        frontier := found;
        visited := visited || found;
        levels := levels || array_fill(d, ARRAY[cardinality(found)]);
    END LOOP;
    RETURN QUERY
        SELECT e.id, e.name, e.kind, v.distance
        FROM unnest(visited, levels) AS v (id, distance)
        JOIN peer.entities e ON e.id = v.id
        ORDER BY v.distance, v.id COLLATE "C";
END
$$;
