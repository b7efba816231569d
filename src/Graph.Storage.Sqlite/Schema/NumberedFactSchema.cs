namespace Graph.Storage.Sqlite.Schema;

/// <summary>
/// Schema version 9: relations, observations and documents are rowid tables numbered in insertion order, and a mention is
/// keyed by those numbers: (target kind, target number, document number, span, article's entity number).
/// </summary>
internal static class NumberedFactSchema
{
    // Why: committing a document's transaction writes every page it dirtied to the WAL, so the upsert costs what its rows
    // scatter. Keyed by hash IDs and the 64-hex document hash, a new document's ~800 mention rows (~140 bytes each) landed on
    // ~900 random pages, and its ~220 new relations and ~50 observations on ~290 and ~70 more (1,928 pages per document in
    // a store of 200). Numbered in insertion order, a document's new relations and observations are appended at the end of
    // their tables, their mention rows (the most) at the end of their kind's range of mentions, and an entity's mention
    // rows (~20 bytes) sit together. The text IDs keep a narrow unique index each, for look-ups by ID.
    // Target kinds: 0 an entity (entity_no), 1 a relation (relation_no), 2 an observation (observation_no).
    // The observation indexes name the ID as their last column: in a rowid table an index ends with the rowid, and
    // observation pages are ordered by (subject, indicator, period start, ID).
    // The new tables are built beside the old ones and renamed: the new children name documents_v9, which the rename to
    // documents rewrites, so no foreign key ever points at a dropped table (foreign_keys is ON on the migrating connection).
    // A mention whose target no longer exists (none can be written; an earlier retraction could leave one) has no number
    // and is not carried over.
    public const string Sql = """
        CREATE TABLE documents_v9 (
            document_no  INTEGER PRIMARY KEY,
            hash         TEXT NOT NULL UNIQUE,
            name         TEXT NOT NULL,
            title        TEXT,
            source       TEXT,
            published_at TEXT,
            length       INTEGER NOT NULL,
            ingested_at  TEXT NOT NULL
        );
        INSERT INTO documents_v9 (hash, name, title, source, published_at, length, ingested_at)
            SELECT hash, name, title, source, published_at, length, ingested_at FROM documents ORDER BY ingested_at, hash;

        CREATE TABLE document_texts_v9 (
            hash TEXT NOT NULL UNIQUE REFERENCES documents_v9 (hash),
            text TEXT NOT NULL
        );
        INSERT INTO document_texts_v9 (hash, text) SELECT hash, text FROM document_texts ORDER BY rowid;

        CREATE TABLE relations_v9 (
            relation_no INTEGER PRIMARY KEY,
            id          TEXT NOT NULL UNIQUE,
            type        TEXT NOT NULL,
            from_id     TEXT NOT NULL REFERENCES entities (id),
            to_id       TEXT NOT NULL REFERENCES entities (id),
            properties  TEXT
        );
        INSERT INTO relations_v9 (id, type, from_id, to_id, properties)
            SELECT id, type, from_id, to_id, properties FROM relations ORDER BY id;

        CREATE TABLE observations_v9 (
            observation_no    INTEGER PRIMARY KEY,
            id                TEXT NOT NULL UNIQUE,
            indicator_id      TEXT NOT NULL REFERENCES entities (id),
            subject_id        TEXT NOT NULL REFERENCES entities (id),
            value             TEXT NOT NULL,
            unit              TEXT NOT NULL,
            normalized_value  TEXT,
            base_unit         TEXT,
            period_start      TEXT NOT NULL,
            period_end        TEXT NOT NULL,
            yoy_pct           TEXT,
            article_id        TEXT NOT NULL REFERENCES entities (id),
            is_target         INTEGER NOT NULL,
            unresolved_period TEXT
        );
        INSERT INTO observations_v9 (id, indicator_id, subject_id, value, unit, normalized_value, base_unit, period_start,
                                     period_end, yoy_pct, article_id, is_target, unresolved_period)
            SELECT id, indicator_id, subject_id, value, unit, normalized_value, base_unit, period_start,
                   period_end, yoy_pct, article_id, is_target, unresolved_period FROM observations ORDER BY id;

        CREATE TABLE mentions_v9 (
            target_kind INTEGER NOT NULL,
            target_no   INTEGER NOT NULL,
            document_no INTEGER NOT NULL REFERENCES documents_v9 (document_no),
            span_start  INTEGER NOT NULL,
            span_length INTEGER NOT NULL,
            article_no  INTEGER NOT NULL REFERENCES entities (entity_no),
            PRIMARY KEY (target_kind, target_no, document_no, span_start, span_length, article_no)
        ) WITHOUT ROWID;
        INSERT INTO mentions_v9 (target_kind, target_no, document_no, span_start, span_length, article_no)
            SELECT t.kind, t.no, d.document_no, m.span_start, m.span_length, a.entity_no
            FROM mentions m
            JOIN (SELECT 0 AS kind, entity_no AS no, id FROM entities
                  UNION ALL SELECT 1, relation_no, id FROM relations_v9
                  UNION ALL SELECT 2, observation_no, id FROM observations_v9) t ON t.id = m.target_id
            JOIN documents_v9 d ON d.hash = m.document_hash
            JOIN entities a ON a.id = m.article_id
            ORDER BY 1, 2, 3, 4, 5, 6;

        DROP TABLE mentions;
        DROP TABLE document_texts;
        DROP TABLE observations;
        DROP TABLE relations;
        DROP TABLE documents;
        ALTER TABLE documents_v9 RENAME TO documents;
        ALTER TABLE document_texts_v9 RENAME TO document_texts;
        ALTER TABLE relations_v9 RENAME TO relations;
        ALTER TABLE observations_v9 RENAME TO observations;
        ALTER TABLE mentions_v9 RENAME TO mentions;

        CREATE INDEX relations_by_from_id ON relations (from_id, id, type, to_id, properties);
        CREATE INDEX relations_by_to_id ON relations (to_id, id, type, from_id, properties);
        CREATE INDEX observations_by_subject ON observations (subject_id, indicator_id, period_start, id);
        CREATE INDEX observations_by_indicator ON observations (indicator_id, subject_id, period_start, id);
        """;
}
