using System.Globalization;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Search;

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
/// Only fixed fragments are concatenated; every value is a parameter.
/// </summary>
internal static class SearchSql
{
    private const string Tag = "search";

    // Counting stops at ProbeLimit, so sizing a gram found in half the names costs no more than sizing a rare one.
    private const int ProbeLimit = 4_096;

    private const string CursorFilter = " AND ({0} < $afterRank OR ({0} = $afterRank AND {1} > $afterNo))";

    private const string KindFilter =
        " AND EXISTS (SELECT 1 FROM entities e WHERE e.entity_no = {0} AND e.kind IN (SELECT value FROM json_each($kinds)))";

    /// <summary>Tiers 3 and 2 for a query of two or more characters; every tier for a single character.</summary>
    public static SqliteCommand Ranked(
        SqliteConnection connection, string text, SearchQuery query, (long Rank, long EntityNo)? after, int limit)
    {
        var (command, condition) = Command(connection, text, query, after, limit);
        var single = SearchText.Length(text) == 1;
        var rank = "max(CASE WHEN t.term = $text THEN 3 WHEN substr(t.term, 1, $length) = $text THEN 2 ELSE 1 END * $tier " +
                   "- min(length(t.term), $maxLength))";
        var source = single
            ? "(SELECT DISTINCT g.entity_no FROM search_grams g WHERE g.gram > $text AND g.gram <= $upper) c " +
              "JOIN search_terms t ON t.entity_no = c.entity_no WHERE instr(t.term, $text) > 0"
            : "search_terms t INDEXED BY search_terms_by_term WHERE t.term >= $text AND t.term < $upper";
        command.CommandText = $"""
            WITH ranked (entity_no, rank) AS (SELECT t.entity_no, {rank} FROM {source} GROUP BY t.entity_no)
            SELECT r.rank, r.entity_no FROM ranked r
            WHERE 1{Filters(query, after, condition, "r.rank", "r.entity_no")}
            ORDER BY r.rank DESC, r.entity_no
            LIMIT $limit
            """;
        return command;
    }

    /// <summary>The postings counts of the query's grams, each counted up to <see cref="ProbeLimit"/>.</summary>
    public static SqliteCommand GramSizes(SqliteConnection connection, IReadOnlyList<string> grams) =>
        Commands.Create(
                connection,
                "SELECT value, (SELECT count(*) FROM (SELECT 1 FROM search_grams p WHERE p.gram = value LIMIT $probe)) " +
                "FROM (SELECT DISTINCT value FROM json_each($grams))")
            .WithList("$grams", grams)
            .With("$probe", ProbeLimit);

    /// <summary>
    /// Tier 1: names that contain the text but neither equal nor start with it, from the postings of <paramref name="driver"/>
    /// in (length, entity_no) order. An entity comes first at the length of its shortest name holding the text (every such
    /// name has a posting of the driver gram); a later posting of the same entity is a repeat the caller drops.
    /// </summary>
    public static SqliteCommand Contained(
        SqliteConnection connection, string text, string driver, SearchQuery query, (long Rank, long EntityNo)? after, int limit)
    {
        var (command, condition) = Command(connection, text, query, after, limit);
        command.With("$driver", driver);
        command.CommandText = $"""
            SELECT $tier - min(g.length, $maxLength), g.entity_no FROM search_grams g
            WHERE g.gram = $driver
              AND EXISTS (SELECT 1 FROM search_terms t
                          WHERE t.entity_no = g.entity_no AND length(t.term) = g.length AND instr(t.term, $text) > 0)
              AND NOT EXISTS (SELECT 1 FROM search_terms p WHERE p.entity_no = g.entity_no AND substr(p.term, 1, $length) = $text)
              {Filters(query, after, condition, "($tier - min(g.length, $maxLength))", "g.entity_no")}
            ORDER BY g.length, g.entity_no
            LIMIT $limit
            """;
        return command;
    }

    public static string CursorFor(long rank, long entityNo) =>
        KeysetCursor.Encode(Tag, rank.ToString(CultureInfo.InvariantCulture), entityNo.ToString(CultureInfo.InvariantCulture));

    public static (long Rank, long EntityNo)? ParseCursor(string? after)
    {
        if (after is null)
        {
            return null;
        }

        var keys = KeysetCursor.DecodeRequired(after, Tag, 2, nameof(SearchQuery.After));
        return long.TryParse(keys[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rank) &&
               long.TryParse(keys[1], NumberStyles.None, CultureInfo.InvariantCulture, out var entityNo)
            ? (rank, entityNo)
            : throw KeysetCursor.Malformed(after, nameof(SearchQuery.After));
    }

    /// <summary>
    /// The number of distinct entities any tier would return: candidates from the postings of the rarest gram
    /// (<paramref name="driver"/>), or of the character's grams for a one-character query, checked against their terms.
    /// </summary>
    public static SqliteCommand Count(SqliteConnection connection, string text, string? driver, SearchQuery query)
    {
        var (command, condition) = Command(connection, text, query, null, 0);
        var candidates = driver is null
            ? "SELECT DISTINCT g.entity_no FROM search_grams g WHERE g.gram > $text AND g.gram <= $upper"
            : "SELECT DISTINCT g.entity_no FROM search_grams g WHERE g.gram = $driver";
        if (driver is not null)
        {
            command.With("$driver", driver);
        }

        command.CommandText = $"""
            SELECT count(*) FROM ({candidates}) c
            WHERE EXISTS (SELECT 1 FROM search_terms t WHERE t.entity_no = c.entity_no AND instr(t.term, $text) > 0)
              {Filters(query, null, condition, "0", "c.entity_no")}
            """;
        return command;
    }

    private static (SqliteCommand Command, string? Condition) Command(
        SqliteConnection connection, string text, SearchQuery query, (long Rank, long EntityNo)? after, int limit)
    {
        var command = connection.CreateCommand();
        command.With("$text", text).With("$length", SearchText.Length(text)).With("$limit", limit)
            .With("$upper", text + SearchText.MaxCharacter)
            .With("$tier", SearchRank.TierWeight).With("$maxLength", SearchRank.MaxLength);
        if (query.Kinds is { Count: > 0 } kinds)
        {
            command.WithList("$kinds", kinds.Select(k => k.ToString()));
        }

        if (after is { } position)
        {
            command.With("$afterRank", position.Rank).With("$afterNo", position.EntityNo);
        }

        var condition = query.Where is null ? null : EntityConditionSql.Translate(command, query.Where, "w");
        return (command, condition);
    }

    private static string Filters(
        SearchQuery query, (long Rank, long EntityNo)? after, string? condition, string rank, string entityNo)
    {
        var filters = string.Empty;
        if (query.Kinds is { Count: > 0 })
        {
            filters += KindFilter.Replace("{0}", entityNo, StringComparison.Ordinal);
        }

        if (condition is not null)
        {
            filters += $" AND EXISTS (SELECT 1 FROM entities w WHERE w.entity_no = {entityNo} AND {condition})";
        }

        if (after is not null)
        {
            filters += CursorFilter.Replace("{0}", rank, StringComparison.Ordinal).Replace("{1}", entityNo, StringComparison.Ordinal);
        }

        return filters;
    }
}
