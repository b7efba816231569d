using System.Globalization;
using Graph.Storage.Sqlite.Writing;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>The writes: a batch's rows, a document's earlier versions retracted, and the writer's connection settings.</summary>
internal static partial class SqlCatalog
{
    public const string InsertDocument = """
        INSERT OR IGNORE INTO documents (hash, name, title, source, published_at, length, ingested_at)
        VALUES ($hash, $name, $title, $source, $published, $length, $ingested)
        """;

    /// <summary>A text stored once stays: the same hash is the same text. A document stored earlier without it gains it here.</summary>
    public const string InsertDocumentText = "INSERT OR IGNORE INTO document_texts (hash, text) VALUES ($hash, $text)";

    /// <summary>
    /// One entity; parameters by position (Writing.PositionalInsert): id, kind, name, aliases, subtype, start, end, attributes,
    /// name key.
    /// </summary>
    public const string InsertEntity = """
        INSERT INTO entities (id, kind, name, aliases, subtype, start_date, end_date, attributes, name_key)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
        RETURNING entity_no
        """;

    /// <summary>A batch's new entities per kind, from a JSON array of [kind, count] rows in <c>$rows</c> (schema version 8).</summary>
    public const string AddKindCounts = """
        INSERT INTO entity_counts (kind, count)
        SELECT value ->> 0, value ->> 1 FROM json_each($rows) WHERE true
        ON CONFLICT (kind) DO UPDATE SET count = count + excluded.count
        """;

    public const string UpdateEntity = """
        UPDATE entities SET aliases = $aliases, subtype = $subtype, start_date = $start, end_date = $end, attributes = $attributes
        WHERE entity_no = $no
        """;

    /// <summary>One search term; parameters by position (Writing.PositionalInsert): entity_no, term.</summary>
    public const string InsertSearchTerm = "INSERT OR IGNORE INTO search_terms (entity_no, term) VALUES (?1, ?2)";

    /// <summary>One gram posting; parameters by position (Writing.PositionalInsert): gram, term length, entity_no.</summary>
    public const string InsertSearchGram = "INSERT OR IGNORE INTO search_grams (gram, length, entity_no) VALUES (?1, ?2, ?3)";

    /// <summary>
    /// A table's secondary indexes as the schema defines them. Automatic indexes have no SQL and are left out, and so are
    /// declared UNIQUE indexes: they enforce a constraint, which a batch must meet row by row, so they are never deferred.
    /// </summary>
    public const string IndexesOfTable = """
        SELECT name, sql FROM sqlite_master
        WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
        ORDER BY name
        """;

    /// <summary>The name of a table a batch writes (a fixed name, never input).</summary>
    public static string TableName(IndexedTable table) => table switch
    {
        IndexedTable.Entities => "entities",
        IndexedTable.SearchTerms => "search_terms",
        IndexedTable.Relations => "relations",
        IndexedTable.Observations => "observations",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };

    /// <summary>How many rows a table holds, counted up to <c>$limit</c>.</summary>
    public static string RowsUpTo(IndexedTable table) =>
        $"SELECT count(*) FROM (SELECT 1 FROM {TableName(table)} LIMIT $limit)";

    /// <summary>Drops an index named by sqlite_master (an identifier of our own schema, quoted all the same).</summary>
    public static string DropIndex(string name) => $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>
    /// One figure; parameters by position (Writing.PositionalInsert): id, indicator, subject, value, unit, normalized value,
    /// base unit, period start, period end, year-on-year %, article, is target, unresolved period.
    /// </summary>
    public const string InsertObservation = """
        INSERT OR IGNORE INTO observations (id, indicator_id, subject_id, value, unit, normalized_value, base_unit,
                                            period_start, period_end, yoy_pct, article_id, is_target, unresolved_period)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
        """;

    /// <summary>One relation; parameters by position (Writing.PositionalInsert): id, type, from, to, properties.</summary>
    public const string InsertRelation = "INSERT OR IGNORE INTO relations (id, type, from_id, to_id, properties) VALUES (?1, ?2, ?3, ?4, ?5)";

    /// <summary>
    /// One mention; parameters by position (Writing.PositionalInsert): target kind (Writing.MentionTargetKind), target number,
    /// document number, span start, span length, article's entity number.
    /// </summary>
    public const string InsertMention = """
        INSERT OR IGNORE INTO mentions (target_kind, target_no, document_no, span_start, span_length, article_no)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        """;

    /// <summary>
    /// The kind (Writing.MentionTargetKind), number and ID of each of <c>$targets</c> that names an entity, relation or
    /// observation: what the writer keys new mentions by, and where <see cref="MentionsOfTargets"/> starts.
    /// </summary>
    public const string FactNumbersById =
        "SELECT 0, entity_no, id FROM entities WHERE id IN (SELECT value FROM json_each($targets)) " +
        "UNION ALL SELECT 1, relation_no, id FROM relations WHERE id IN (SELECT value FROM json_each($targets)) " +
        "UNION ALL SELECT 2, observation_no, id FROM observations WHERE id IN (SELECT value FROM json_each($targets))";

    /// <summary>The number of each stored document of <c>$hashes</c>.</summary>
    public const string DocumentNumbersByHash = "SELECT hash, document_no FROM documents WHERE hash IN (SELECT value FROM json_each($hashes))";

    /// <summary>The stored versions of a document other than this one (same name, other hash).</summary>
    public const string EarlierVersions = "SELECT hash FROM documents WHERE name = $name AND hash <> $hash";

    // Temp tables live in the connection's temp schema and vanish with the transaction's data (DELETE at start).
    public const string RetractionPrepare = """
        CREATE TEMP TABLE IF NOT EXISTS retract_articles (id TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TEMP TABLE IF NOT EXISTS retract_candidates (id TEXT PRIMARY KEY) WITHOUT ROWID;
        DELETE FROM retract_articles;
        DELETE FROM retract_candidates;
        """;

    // One earlier version ($old): its articles and everything its mentions touched become candidates; its mentions,
    // its articles' observations and relations go; candidates then go when nothing supports them any more. The relations
    // and observations that go take every mention of theirs with them, whatever document it came from: a number freed by a
    // deleted row can be given to the next row inserted, which must not inherit mentions (schema version 9).
    public const string RetractVersion = """
        INSERT OR IGNORE INTO retract_articles (id)
            SELECT id FROM entities WHERE kind = 'Article' AND json_extract(attributes, '$.document') = $old;
        INSERT OR IGNORE INTO retract_articles (id)
            SELECT a.id FROM entities a WHERE a.entity_no IN (
                SELECT m.article_no FROM mentions m WHERE m.document_no = (SELECT document_no FROM documents WHERE hash = $old));
        INSERT OR IGNORE INTO retract_candidates (id) SELECT id FROM retract_articles;
        INSERT OR IGNORE INTO retract_candidates (id)
            SELECT e.id FROM entities e WHERE e.entity_no IN (
                SELECT m.target_no FROM mentions m
                WHERE m.target_kind = 0 AND m.document_no = (SELECT document_no FROM documents WHERE hash = $old))
            UNION SELECT r.id FROM relations r WHERE r.relation_no IN (
                SELECT m.target_no FROM mentions m
                WHERE m.target_kind = 1 AND m.document_no = (SELECT document_no FROM documents WHERE hash = $old));
        INSERT OR IGNORE INTO retract_candidates (id)
            SELECT subject_id FROM observations WHERE article_id IN (SELECT id FROM retract_articles)
            UNION SELECT indicator_id FROM observations WHERE article_id IN (SELECT id FROM retract_articles);
        INSERT OR IGNORE INTO retract_candidates (id)
            SELECT from_id FROM relations WHERE to_id IN (SELECT id FROM retract_articles)
            UNION SELECT to_id FROM relations WHERE from_id IN (SELECT id FROM retract_articles);
        DELETE FROM mentions WHERE document_no = (SELECT document_no FROM documents WHERE hash = $old);
        DELETE FROM mentions WHERE target_kind = 2 AND target_no IN (
            SELECT observation_no FROM observations WHERE article_id IN (SELECT id FROM retract_articles));
        DELETE FROM observations WHERE article_id IN (SELECT id FROM retract_articles);
        DELETE FROM mentions WHERE target_kind = 1 AND target_no IN (
            SELECT relation_no FROM relations
            WHERE from_id IN (SELECT id FROM retract_articles) OR to_id IN (SELECT id FROM retract_articles));
        DELETE FROM relations WHERE from_id IN (SELECT id FROM retract_articles) OR to_id IN (SELECT id FROM retract_articles);
        INSERT OR IGNORE INTO retract_candidates (id)
            SELECT r.from_id FROM relations r JOIN retract_candidates c ON c.id = r.id
                WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.target_kind = 1 AND m.target_no = r.relation_no)
            UNION SELECT r.to_id FROM relations r JOIN retract_candidates c ON c.id = r.id
                WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.target_kind = 1 AND m.target_no = r.relation_no);
        DELETE FROM relations
            WHERE id IN (SELECT id FROM retract_candidates)
              AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.target_kind = 1 AND m.target_no = relations.relation_no);
        DELETE FROM document_texts WHERE hash = $old;
        DELETE FROM documents WHERE hash = $old;
        """;

    // Entities among the candidates that nothing supports any more, and that the new version does not hold ($keep).
    public const string RetractOrphans = """
        CREATE TEMP TABLE IF NOT EXISTS retract_orphans (entity_no INTEGER PRIMARY KEY, id TEXT NOT NULL);
        DELETE FROM retract_orphans;
        INSERT INTO retract_orphans (entity_no, id)
            SELECT e.entity_no, e.id FROM entities e JOIN retract_candidates c ON c.id = e.id
            WHERE e.id NOT IN (SELECT value FROM json_each($keep))
              AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.target_kind = 0 AND m.target_no = e.entity_no)
              AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.from_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.to_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.subject_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.indicator_id = e.id)
              AND (e.kind <> 'Article' OR NOT EXISTS (SELECT 1 FROM observations o WHERE o.article_id = e.id));
        UPDATE entity_counts
            SET count = count - (SELECT count(*) FROM retract_orphans o JOIN entities e ON e.entity_no = o.entity_no
                                 WHERE e.kind = entity_counts.kind)
            WHERE kind IN (SELECT e.kind FROM retract_orphans o JOIN entities e ON e.entity_no = o.entity_no);
        DELETE FROM search_grams WHERE entity_no IN (SELECT entity_no FROM retract_orphans);
        DELETE FROM search_terms WHERE entity_no IN (SELECT entity_no FROM retract_orphans);
        DELETE FROM entities WHERE entity_no IN (SELECT entity_no FROM retract_orphans);
        """;

    // WAL is a property of the file: set once, every later connection (and process) uses it.
    public const string JournalModeWal = "PRAGMA journal_mode = WAL;";

    /// <summary>
    /// The writer's settings for its next transaction: the page cache (negative <c>cache_size</c> is in KiB) and SQLite's
    /// per-row foreign-key look-ups. PRAGMA takes no parameters; the values are our own, not input.
    /// </summary>
    public static string WriterMode(long cacheKibibytes, bool foreignKeys) => string.Create(
        CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{cacheKibibytes}; PRAGMA foreign_keys = {(foreignKeys ? "ON" : "OFF")};");

    /// <summary>A batch of entities stored before the pinyin sort key existed (schema version 6 fills them in).</summary>
    public const string NameKeyBackfillBatch = "SELECT entity_no, name FROM entities WHERE name_key IS NULL LIMIT $batch";

    /// <summary>Sets one entity's pinyin sort key.</summary>
    public const string NameKeyBackfillUpdate = "UPDATE entities SET name_key = $key WHERE entity_no = $no";
}
