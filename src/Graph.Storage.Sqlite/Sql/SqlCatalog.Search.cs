using Graph.Domain.Store;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>
/// The search statements. Hits rank by <see cref="SearchRank"/> (exact, then prefix, then contained; shorter names first)
/// and then by entity number, and are read best first:
/// <list type="bullet">
/// <item>exact and prefix matches come from one range of search_terms_by_term;</item>
/// <item>names that only contain the text come from the postings of its rarest gram, which are keyed (gram, length,
/// entity_no) and so arrive in rank order: the scan stops as soon as the page is full, whether the gram has ten
/// postings or half a million;</item>
/// <item>a one-character query ranks every name holding the character (its grams are a prefix range of the index).</item>
/// </list>
/// </summary>
internal static partial class SqlCatalog
{
    /// <summary>The postings counts of the query's grams, each counted up to <c>$probe</c>.</summary>
    public const string SearchGramSizes =
        "SELECT value, (SELECT count(*) FROM (SELECT 1 FROM search_grams p WHERE p.gram = value LIMIT $probe)) " +
        "FROM (SELECT DISTINCT value FROM json_each($grams))";

    private const string SearchCursorFilter = " AND ({0} < $afterRank OR ({0} = $afterRank AND {1} > $afterNo))";

    private const string SearchBeforeFilter = " AND ({0} > $beforeRank OR ({0} = $beforeRank AND {1} < $beforeNo))";

    private const string SearchKindFilter =
        " AND EXISTS (SELECT 1 FROM entities e WHERE e.entity_no = {0} AND e.kind IN (SELECT value FROM json_each($kinds)))";

    /// <summary>Tiers 3 and 2 for a query of two or more characters; every tier for a single character.</summary>
    public static string SearchRanked(bool single, bool kinds, PageWindow window, string? where = null)
    {
        var rank = "max(CASE WHEN t.term = $text THEN 3 WHEN substr(t.term, 1, $length) = $text THEN 2 ELSE 1 END * $tier " +
                   "- min(length(t.term), $maxLength))";
        var source = single
            ? "(SELECT DISTINCT g.entity_no FROM search_grams g WHERE g.gram > $text AND g.gram <= $upper) c " +
              "JOIN search_terms t ON t.entity_no = c.entity_no WHERE instr(t.term, $text) > 0"
            : "search_terms t INDEXED BY search_terms_by_term WHERE t.term >= $text AND t.term < $upper";
        return $"""
            WITH ranked (entity_no, rank) AS (SELECT t.entity_no, {rank} FROM {source} GROUP BY t.entity_no)
            SELECT r.rank, r.entity_no FROM ranked r
            WHERE 1{SearchFilters(kinds, window, where, "r.rank", "r.entity_no")}
            ORDER BY r.rank {window.Direction(descending: true)}, r.entity_no {window.Direction(descending: false)}
            LIMIT $limit
            """;
    }

    /// <summary>
    /// Tier 1: names that contain the text but neither equal nor start with it, from the postings of <c>$driver</c> in
    /// (length, entity_no) order, or its reverse. An entity ranks at the length of its shortest name holding the text
    /// (every such name has a posting of the driver gram), so only that posting is read: a longer one would bring the
    /// entity back on a later page, or first when reading from the end.
    /// </summary>
    public static string SearchContained(bool kinds, PageWindow window, string? where = null) => $"""
        SELECT $tier - min(g.length, $maxLength), g.entity_no FROM search_grams g
        WHERE g.gram = $driver
          AND EXISTS (SELECT 1 FROM search_terms t
                      WHERE t.entity_no = g.entity_no AND length(t.term) = g.length AND instr(t.term, $text) > 0)
          AND NOT EXISTS (SELECT 1 FROM search_terms s
                          WHERE s.entity_no = g.entity_no AND length(s.term) < g.length AND instr(s.term, $text) > 0)
          AND NOT EXISTS (SELECT 1 FROM search_terms p WHERE p.entity_no = g.entity_no AND substr(p.term, 1, $length) = $text)
          {SearchFilters(kinds, window, where, "($tier - min(g.length, $maxLength))", "g.entity_no")}
        ORDER BY g.length {window.Direction(descending: false)}, g.entity_no {window.Direction(descending: false)}
        LIMIT $limit
        """;

    /// <summary>
    /// The number of distinct entities any tier would return: candidates from the postings of the rarest gram
    /// (<c>$driver</c>), or of the character's grams for a one-character query, checked against their terms.
    /// </summary>
    public static string SearchCount(bool single, bool kinds, string? where = null)
    {
        var candidates = single
            ? "SELECT DISTINCT g.entity_no FROM search_grams g WHERE g.gram > $text AND g.gram <= $upper"
            : "SELECT DISTINCT g.entity_no FROM search_grams g WHERE g.gram = $driver";
        return $"""
            SELECT count(*) FROM ({candidates}) c
            WHERE EXISTS (SELECT 1 FROM search_terms t WHERE t.entity_no = c.entity_no AND instr(t.term, $text) > 0)
              {SearchFilters(kinds, new PageWindow(After: false, Before: false, Backward: false), where, "0", "c.entity_no")}
            """;
    }

    /// <summary>
    /// The optional filters of a search. <paramref name="where"/> is a condition tree translated by
    /// <see cref="EntityConditionSql"/> over the alias <c>w</c> (its values are parameters); the catalog lists the
    /// statements with the always-true tree <c>1</c> in its place, and once each with a <see cref="Domain.Store.Filtering.ConditionSamples"/> tree.
    /// </summary>
    private static string SearchFilters(bool kinds, PageWindow window, string? where, string rank, string entityNo)
    {
        var filters = string.Empty;
        if (kinds)
        {
            filters += SearchKindFilter.Replace("{0}", entityNo, StringComparison.Ordinal);
        }

        if (where is not null)
        {
            filters += $" AND EXISTS (SELECT 1 FROM entities w WHERE w.entity_no = {entityNo} AND {where})";
        }

        if (window.After)
        {
            filters += SearchCursorFilter.Replace("{0}", rank, StringComparison.Ordinal).Replace("{1}", entityNo, StringComparison.Ordinal);
        }

        if (window.Before)
        {
            filters += SearchBeforeFilter.Replace("{0}", rank, StringComparison.Ordinal).Replace("{1}", entityNo, StringComparison.Ordinal);
        }

        return filters;
    }
}
