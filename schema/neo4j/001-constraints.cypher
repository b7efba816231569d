// Uniqueness constraints of the Graph store. Each also creates the range index that serves look-ups by its key.
// Applied at start-up by Graph.Storage.Neo4j (every statement is idempotent: IF NOT EXISTS) and by `export --format cypher`.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT observation_id IF NOT EXISTS FOR (o:Observation) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT mention_key IF NOT EXISTS FOR (m:Mention) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT document_hash IF NOT EXISTS FOR (d:Document) REQUIRE d.hash IS UNIQUE;
// Relationship IDs, one constraint per type of the domain vocabulary (relationship indexes are per type).
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT works_for_id IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT issued_by_id IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT participated_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT held_in_id IF NOT EXISTS FOR ()-[r:HELD_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT produces_id IF NOT EXISTS FOR ()-[r:PRODUCES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT published_by_id IF NOT EXISTS FOR ()-[r:PUBLISHED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT mentions_id IF NOT EXISTS FOR ()-[r:MENTIONS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT affects_id IF NOT EXISTS FOR ()-[r:AFFECTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT targets_id IF NOT EXISTS FOR ()-[r:TARGETS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT implements_id IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() REQUIRE r.id IS UNIQUE;
