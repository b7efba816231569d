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
    public static SqliteCommand Ranked(SqliteConnection connection, string text, SearchQuery query, SearchCursors cursors, int limit)
    {
        var (command, condition) = Command(connection, text, query, cursors, limit);
        command.CommandText = SqlCatalog.SearchRanked(SearchText.Length(text) == 1, query.Kinds is { Count: > 0 }, cursors.Window, condition);
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
        SqliteConnection connection, string text, string driver, SearchQuery query, SearchCursors cursors, int limit)
    {
        var (command, condition) = Command(connection, text, query, cursors, limit);
        command.With("$driver", driver);
        command.CommandText = SqlCatalog.SearchContained(query.Kinds is { Count: > 0 }, cursors.Window, condition);
        return command;
    }

    public static string CursorFor(long rank, long entityNo) =>
        KeysetCursor.Encode(Tag, rank.ToString(CultureInfo.InvariantCulture), entityNo.ToString(CultureInfo.InvariantCulture));

    /// <summary>The query's cursors and reading direction; throws <see cref="InvalidGraphInputException"/> for a malformed cursor.</summary>
    public static SearchCursors ParseCursors(SearchQuery query) =>
        new(ParseCursor(query.After, nameof(SearchQuery.After)), ParseCursor(query.Before, nameof(SearchQuery.Before)), query.FromEnd);

    private static (long Rank, long EntityNo)? ParseCursor(string? cursor, string parameterName)
    {
        if (cursor is null)
        {
            return null;
        }

        var keys = KeysetCursor.DecodeRequired(cursor, Tag, 2, parameterName);
        return long.TryParse(keys[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rank) &&
               long.TryParse(keys[1], NumberStyles.None, CultureInfo.InvariantCulture, out var entityNo)
            ? (rank, entityNo)
            : throw KeysetCursor.Malformed(cursor, parameterName);
    }

    /// <summary>
    /// The number of distinct entities any tier would return: candidates from the postings of the rarest gram
    /// (<paramref name="driver"/>), or of the character's grams for a one-character query, checked against their terms.
    /// </summary>
    public static SqliteCommand Count(SqliteConnection connection, string text, string? driver, SearchQuery query)
    {
        var (command, condition) = Command(connection, text, query, new SearchCursors(null, null, Backward: false), 0);
        if (driver is not null)
        {
            command.With("$driver", driver);
        }

        command.CommandText = SqlCatalog.SearchCount(driver is null, query.Kinds is { Count: > 0 }, condition);
        return command;
    }

    private static (SqliteCommand Command, string? Condition) Command(
        SqliteConnection connection, string text, SearchQuery query, SearchCursors cursors, int limit)
    {
        var command = connection.CreateCommand();
        command.With("$text", text).With("$length", SearchText.Length(text)).With("$limit", limit)
            .With("$upper", text + SearchText.MaxCharacter)
            .With("$tier", SearchRank.TierWeight).With("$maxLength", SearchRank.MaxLength);
        if (query.Kinds is { Count: > 0 } kinds)
        {
            command.WithList("$kinds", kinds.Select(k => k.ToString()));
        }

        if (cursors.After is { } after)
        {
            command.With("$afterRank", after.Rank).With("$afterNo", after.EntityNo);
        }

        if (cursors.Before is { } before)
        {
            command.With("$beforeRank", before.Rank).With("$beforeNo", before.EntityNo);
        }

        var condition = query.Where is null ? null : EntityConditionSql.Translate(command, query.Where, "w");
        return (command, condition);
    }
}
