namespace Graph.Storage.Sqlite.Schema;

/// <summary>Schema version 1.</summary>
internal static class InitialSchema
{
    // Design notes:
    // - Entities are a rowid table so the search index can point at them by a small integer (entity_no); the public
    //   text ID has its own unique index for lookups by ID.
    // - The other tables are WITHOUT ROWID keyed by their text ID: every secondary index then carries the ID, which makes
    //   relations_by_from (from_id, type, to_id, id) and relations_by_to (to_id, type, from_id, id) covering for graph
    //   expansion, so a hop never touches the table itself.
    // - Dates are ISO yyyy-MM-dd text (orders correctly); decimals are invariant-culture text so they round-trip exactly.
    // - aliases is a JSON array and attributes / properties JSON objects (NULL when empty).
    // - search_terms holds each name and alias in canonical form (CanonicalName: NFKC, no white space, upper case);
    //   search_grams holds every pair of adjacent characters of those terms, with U+FFFF standing after the last
    //   character so that each single character also starts a gram (see SearchGrams).
    public const string Sql = """
        CREATE TABLE entities (
            entity_no  INTEGER PRIMARY KEY,
            id         TEXT NOT NULL UNIQUE,
            kind       TEXT NOT NULL,
            name       TEXT NOT NULL,
            aliases    TEXT NOT NULL,
            subtype    TEXT,
            start_date TEXT,
            end_date   TEXT,
            attributes TEXT
        );
        CREATE INDEX entities_by_kind_name ON entities (kind, name, id);
        CREATE INDEX entities_by_kind_start ON entities (kind, start_date, id);

        CREATE TABLE relations (
            id         TEXT NOT NULL PRIMARY KEY,
            type       TEXT NOT NULL,
            from_id    TEXT NOT NULL REFERENCES entities (id),
            to_id      TEXT NOT NULL REFERENCES entities (id),
            properties TEXT
        ) WITHOUT ROWID;
        CREATE INDEX relations_by_from ON relations (from_id, type, to_id);
        CREATE INDEX relations_by_to ON relations (to_id, type, from_id);

        CREATE TABLE documents (
            hash         TEXT NOT NULL PRIMARY KEY,
            name         TEXT NOT NULL,
            title        TEXT,
            source       TEXT,
            published_at TEXT,
            length       INTEGER NOT NULL,
            ingested_at  TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE observations (
            id               TEXT NOT NULL PRIMARY KEY,
            indicator_id     TEXT NOT NULL REFERENCES entities (id),
            subject_id       TEXT NOT NULL REFERENCES entities (id),
            value            TEXT NOT NULL,
            unit             TEXT NOT NULL,
            normalized_value TEXT,
            base_unit        TEXT,
            period_start     TEXT NOT NULL,
            period_end       TEXT NOT NULL,
            yoy_pct          TEXT,
            article_id       TEXT NOT NULL REFERENCES entities (id),
            is_target        INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX observations_by_subject ON observations (subject_id, indicator_id, period_start);
        CREATE INDEX observations_by_indicator ON observations (indicator_id, subject_id, period_start);

        CREATE TABLE mentions (
            target_id     TEXT NOT NULL,
            document_hash TEXT NOT NULL REFERENCES documents (hash),
            span_start    INTEGER NOT NULL,
            span_length   INTEGER NOT NULL,
            article_id    TEXT NOT NULL REFERENCES entities (id),
            PRIMARY KEY (target_id, document_hash, span_start, span_length, article_id)
        ) WITHOUT ROWID;

        CREATE TABLE search_terms (
            entity_no INTEGER NOT NULL REFERENCES entities (entity_no),
            term      TEXT NOT NULL,
            PRIMARY KEY (entity_no, term)
        ) WITHOUT ROWID;

        CREATE TABLE search_grams (
            gram      TEXT NOT NULL,
            entity_no INTEGER NOT NULL REFERENCES entities (entity_no),
            PRIMARY KEY (gram, entity_no)
        ) WITHOUT ROWID;
        """;
}
