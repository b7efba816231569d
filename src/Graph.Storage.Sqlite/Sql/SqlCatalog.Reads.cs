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

    public const string MentionsOfTargets =
        $"SELECT {ProvenanceRows.MentionColumns} FROM mentions m " +
        $"WHERE m.target_id IN (SELECT value FROM json_each($targets)) ORDER BY {ProvenanceRows.MentionOrder}";

    public const string EntityCountsByKind = "SELECT kind, count(*) FROM entities GROUP BY kind";

    public const string RelationCountsByType = "SELECT type, count(*) FROM relations GROUP BY type";

    public const string FactTotals =
        "SELECT (SELECT count(*) FROM observations), (SELECT count(*) FROM mentions), (SELECT count(*) FROM documents)";

    /// <summary>Touches the schema, not just the connection: a missing or unreadable file fails here.</summary>
    public const string Health = "SELECT count(*) FROM (SELECT 1 FROM entities LIMIT 1)";

    public const string AllEntities = $"SELECT {EntityRows.Columns} FROM entities e ORDER BY e.id";

    public const string AllRelations = $"SELECT {RelationRows.Columns} FROM relations r ORDER BY r.id";

    public const string AllObservations = $"SELECT {ObservationRows.Columns} FROM observations o ORDER BY o.id";

    public const string AllMentions = $"SELECT {ProvenanceRows.MentionColumns} FROM mentions m ORDER BY {ProvenanceRows.MentionOrder}";

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
    /// At most <c>$perSubject</c> rows per subject in one statement: the window numbers each subject's rows in page order.
    /// </summary>
    public static string ObservationsPerSubject(ObservationFilters filters) =>
        $"SELECT {ObservationRows.Columns} FROM (SELECT o.*, ROW_NUMBER() OVER (PARTITION BY o.subject_id " +
        $"ORDER BY o.indicator_id, o.period_start, o.id) AS subject_row FROM observations o WHERE {filters.Where()}) o " +
        $"WHERE o.subject_row <= $perSubject {ObservationOrder}";

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
