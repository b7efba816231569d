using System.Globalization;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Search;

/// <summary>Binds the search statements (their text and how they read: <see cref="SqlCatalog.SearchRanked"/>).</summary>
internal static class SearchSql
{
    private const string Tag = "search";

    // Counting stops at ProbeLimit, so sizing a gram found in half the names costs no more than sizing a rare one.
    private const int ProbeLimit = 4_096;

    /// <summary>Tiers 3 and 2 for a query of two or more characters; every tier for a single character.</summary>
    public static SqliteCommand Ranked(
        SqliteConnection connection, string text, SearchQuery query, (long Rank, long EntityNo)? after, int limit)
    {
        var (command, condition) = Command(connection, text, query, after, limit);
        command.CommandText = SqlCatalog.SearchRanked(SearchText.Length(text) == 1, query.Kinds is { Count: > 0 }, after is not null, condition);
        return command;
    }

    /// <summary>The postings counts of the query's grams, each counted up to <see cref="ProbeLimit"/>.</summary>
    public static SqliteCommand GramSizes(SqliteConnection connection, IReadOnlyList<string> grams) =>
        Commands.Create(connection, SqlCatalog.SearchGramSizes)
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
        command.CommandText = SqlCatalog.SearchContained(query.Kinds is { Count: > 0 }, after is not null, condition);
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
        if (driver is not null)
        {
            command.With("$driver", driver);
        }

        command.CommandText = SqlCatalog.SearchCount(driver is null, query.Kinds is { Count: > 0 }, condition);
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
}
