using Graph.Domain.Model;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Queries;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>The reads: look-ups by key, provenance, statistics, export streams and observation pages.</summary>
internal static partial class SqlCatalog
{
    public const string EntityById = $"SELECT {EntityRows.Columns} FROM entities e WHERE e.id = $id";

    public const string EntitiesById = $"SELECT {EntityRows.Columns} FROM entities e WHERE e.id IN (SELECT value FROM json_each($ids))";

    /// <summary>Entities with their row numbers (the search index's key), for the writer and for search.</summary>
    public const string EntityRowsById =
        $"SELECT e.entity_no, {EntityRows.Columns} FROM entities e WHERE e.id IN (SELECT value FROM json_each($ids))";

    /// <summary>Entities with their row numbers, by row number (search hits).</summary>
    public const string EntityRowsByNumber =
        $"SELECT e.entity_no, {EntityRows.Columns} FROM entities e WHERE e.entity_no IN (SELECT value FROM json_each($nos))";

    public const string DocumentTextsByHash =
        "SELECT t.hash, t.text FROM document_texts t WHERE t.hash IN (SELECT value FROM json_each($hashes)) ORDER BY t.hash";

    public const string RelationsById =
        $"SELECT {RelationRows.Columns} FROM relations r WHERE r.id IN (SELECT value FROM json_each($ids)) ORDER BY r.id";

    public const string ObservationsById =
        $"SELECT {ObservationRows.Columns} FROM observations o WHERE o.id IN (SELECT value FROM json_each($ids))";

    public const string DocumentsByHash =
        $"SELECT {ProvenanceRows.DocumentColumns} FROM documents d WHERE d.hash IN (SELECT value FROM json_each($hashes))";

    /// <summary>
    /// The mentions of <c>$targets</c>: each ID found as an entity, relation or observation (t), its mentions by the key's
    /// prefix (kind, number), their articles and documents by number. The rows arrive in ID order within each kind, and
    /// SQLite would sort each target's few rows on their own ("temp B-tree for right part of ORDER BY"); the unary + on the
    /// first sort key makes it one sort of all rows instead, about a fifth cheaper for 200 targets with one mention each.
    /// </summary>
    public const string MentionsOfTargets =
        "WITH t (kind, no, id) AS (" + FactNumbersById + ") " +
        $"SELECT {ProvenanceRows.MentionColumns} FROM t CROSS JOIN mentions m ON m.target_kind = t.kind AND m.target_no = t.no " +
        $"{ProvenanceRows.MentionJoins} ORDER BY +{ProvenanceRows.MentionOrder}";

    public const string EntityCountsByKind = "SELECT kind, count(*) FROM entities GROUP BY kind";

    public const string RelationCountsByType = "SELECT type, count(*) FROM relations GROUP BY type";

    public const string FactTotals =
        "SELECT (SELECT count(*) FROM observations), (SELECT count(*) FROM mentions), (SELECT count(*) FROM documents)";

    /// <summary>Touches the schema, not just the connection: a missing or unreadable file fails here.</summary>
    public const string Health = "SELECT count(*) FROM (SELECT 1 FROM entities LIMIT 1)";

    public const string AllEntities = $"SELECT {EntityRows.Columns} FROM entities e ORDER BY e.id";

    public const string AllRelations = $"SELECT {RelationRows.Columns} FROM relations r ORDER BY r.id";

    public const string AllObservations = $"SELECT {ObservationRows.Columns} FROM observations o ORDER BY o.id";

    /// <summary>Every mention, its target's ID read by kind and number.</summary>
    public const string AllMentions =
        "SELECT CASE m.target_kind WHEN 0 THEN (SELECT id FROM entities WHERE entity_no = m.target_no) " +
        "WHEN 1 THEN (SELECT id FROM relations WHERE relation_no = m.target_no) " +
        "ELSE (SELECT id FROM observations WHERE observation_no = m.target_no) END AS target_id, " +
        $"a.id, d.hash, m.span_start, m.span_length FROM mentions m {ProvenanceRows.MentionJoins} " +
        "ORDER BY target_id, d.hash, m.span_start, m.span_length, a.id";

    public const string AllDocuments = $"SELECT {ProvenanceRows.DocumentColumns} FROM documents d ORDER BY d.hash";

    private const string ObservationOrder = "ORDER BY o.subject_id, o.indicator_id, o.period_start, o.id";

    private const string ObservationOrderBackward = "ORDER BY o.subject_id DESC, o.indicator_id DESC, o.period_start DESC, o.id DESC";

    /// <summary>Which keys of a table exist (a fixed table name, never input).</summary>
    public static string ExistingIds(KeyedTable table)
    {
        var name = table switch
        {
            KeyedTable.Entities => "entities",
            KeyedTable.Relations => "relations",
            KeyedTable.Observations => "observations",
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
        };
        return $"SELECT id FROM {name} WHERE id IN (SELECT value FROM json_each($ids))";
    }

    /// <summary>A page of observations in subject, indicator, period start and ID order.</summary>
    /// <summary>A page of observations; <paramref name="backward"/> reads from the end (Relay's <c>last</c>), last row first.</summary>
    public static string ObservationsPage(ObservationFilters filters, bool backward = false) =>
        $"SELECT {ObservationRows.Columns} FROM observations o WHERE {filters.Where()} " +
        $"{(backward ? ObservationOrderBackward : ObservationOrder)} LIMIT $limit";

    /// <summary>
    /// At most <c>$perKey</c> rows per subject in one statement. For each subject a correlated subquery walks the subject's
    /// range of observations_by_subject, whose order (subject, indicator, period start, then the key, id) is the page order,
    /// and stops at <c>$perKey</c> matches; only the rows kept are read in full. A subject with thousands of figures (a
    /// province, a country) so costs what any other does; a window numbering every row of every subject read them all
    /// (issue 15: most of policyImpact's time at 1M).
    /// </summary>
    public static string ObservationsPerSubject(ObservationFilters filters) => ObservationsPerKey(
        "subject_id", "observations_by_subject", filters.Subjects ? "$subjects" : null, "o.indicator_id, o.period_start, o.id",
        filters with { Subjects = false });

    /// <summary>
    /// At most <c>$perKey</c> rows per indicator, each indicator's first in page order: its range of observations_by_indicator
    /// is in (indicator, subject, period start, id) order, which for one indicator is the page order.
    /// </summary>
    public static string ObservationsPerIndicator(ObservationFilters filters) => ObservationsPerKey(
        "indicator_id", "observations_by_indicator", filters.Indicators ? "$indicators" : null, "o.subject_id, o.period_start, o.id",
        filters with { Indicators = false });

    // The keys are the listed ones, or every one the table holds. The inner o is the walk of one key's index range; the
    // outer o is the row read by its rowid (observation_no, which every index entry ends with).
    private static string ObservationsPerKey(string column, string index, string? listed, string rangeOrder, ObservationFilters rest)
    {
        var keys = listed is null ? $"SELECT DISTINCT {column} FROM observations" : $"SELECT DISTINCT value FROM json_each({listed})";
        return $"WITH k (key) AS ({keys}) SELECT {ObservationRows.Columns} FROM k CROSS JOIN observations o " +
               $"WHERE o.observation_no IN (SELECT o.observation_no FROM observations o INDEXED BY {index} WHERE o.{column} = k.key AND {rest.Where()} " +
               $"ORDER BY {rangeOrder} LIMIT $perKey) {ObservationOrder}";
    }

    /// <summary>How many observations a query pages through (its cursor is ignored).</summary>
    public static string ObservationsCount(ObservationFilters filters) =>
        $"SELECT count(*) FROM observations o WHERE {(filters with { After = false, Before = false }).Where()}";

    private static IEnumerable<ObservationFilters> ObservationFilterChoices =>
        from indicators in Flags
        from subjects in Flags
        from start in Flags
        from end in Flags
        from after in Flags
        from noTargets in Flags
        select new ObservationFilters(indicators, subjects, start, end, after, noTargets);
}
