-- After the load (bench/peers/run.sh): the indexes a PostgreSQL user makes for "relations of an entity, by ID" from
-- either end, with type and other end included so a traversal step reads the index alone.
CREATE INDEX relations_by_from ON peer.relations (from_id, id) INCLUDE (type, to_id);
CREATE INDEX relations_by_to ON peer.relations (to_id, id) INCLUDE (type, from_id);
VACUUM (ANALYZE) peer.entities;
VACUUM (ANALYZE) peer.relations;
