using System.Globalization;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Search;

/// <summary>
/// The search statement: candidates from the gram index (entities holding every gram of the query, found from the
/// rarest gram's postings, or for one character every gram starting with it), confirmed by a substring test on the
/// canonical terms, ranked (<see cref="SearchRank"/>) and cut at the keyset cursor.
/// </summary>
internal static class SearchSql
{
    // Postings of the rarest gram drive; the others are checked by primary-key look-ups. Counting stops at ProbeLimit so a
    // gram found in half the names costs no more to size than a rare one; a query whose grams are all that common
    // matches that many names anyway.
    private const string MultiCharacterCandidates = """
        WITH grams (gram) AS (SELECT DISTINCT value FROM json_each($grams)),
             sizes (gram, size) AS (
                 SELECT grams.gram, (SELECT count(*) FROM (SELECT 1 FROM search_grams p WHERE p.gram = grams.gram LIMIT $probe))
                 FROM grams),
             driver (gram) AS (SELECT gram FROM sizes ORDER BY size, gram LIMIT 1)
        SELECT g.entity_no FROM driver d JOIN search_grams g ON g.gram = d.gram
        WHERE NOT EXISTS (
            SELECT 1 FROM grams o
            WHERE NOT EXISTS (SELECT 1 FROM search_grams h WHERE h.gram = o.gram AND h.entity_no = g.entity_no))
        """;

    private const int ProbeLimit = 4_096;

    // Every character of a term starts a gram (the last one pairs with the end mark), so a prefix range finds them all.
    private const string SingleCharacterCandidates =
        "SELECT DISTINCT g.entity_no FROM search_grams g WHERE g.gram > $text AND g.gram <= $upper";

    public static SqliteCommand Build(SqliteConnection connection, string text, SearchQuery query, (long Rank, string Id)? after, int limit)
    {
        var command = connection.CreateCommand();
        var length = SearchText.Length(text);
        command.With("$text", text).With("$length", length).With("$limit", limit)
            .With("$tier", SearchRank.TierWeight).With("$maxLength", SearchRank.MaxLength);
        string candidates;
        if (length == 1)
        {
            candidates = SingleCharacterCandidates;
            command.With("$upper", text + SearchText.MaxCharacter);
        }
        else
        {
            var grams = SearchText.QueryGrams(text);
            candidates = MultiCharacterCandidates;
            command.WithList("$grams", grams).With("$probe", ProbeLimit);
        }

        var filters = string.Empty;
        if (query.Kinds is { Count: > 0 } kinds)
        {
            filters += " AND e.kind IN (SELECT value FROM json_each($kinds))";
            command.WithList("$kinds", kinds.Select(k => k.ToString()));
        }

        if (after is { } position)
        {
            filters += " AND (r.rank < $afterRank OR (r.rank = $afterRank AND e.id > $afterId))";
            command.With("$afterRank", position.Rank).With("$afterId", position.Id);
        }

        command.CommandText = $"""
            WITH candidates (entity_no) AS ({candidates}),
            ranked (entity_no, rank) AS (
                SELECT t.entity_no,
                       max(CASE WHEN t.term = $text THEN 3 WHEN substr(t.term, 1, $length) = $text THEN 2 ELSE 1 END * $tier
                           - min(length(t.term), $maxLength))
                FROM candidates c JOIN search_terms t ON t.entity_no = c.entity_no
                WHERE instr(t.term, $text) > 0
                GROUP BY t.entity_no)
            SELECT r.rank, {EntityRows.Columns} FROM ranked r JOIN entities e ON e.entity_no = r.entity_no
            WHERE 1{filters}
            ORDER BY r.rank DESC, e.id
            LIMIT $limit
            """;
        return command;
    }

    public static string CursorFor(long rank, string id) => Paging.Cursor.Encode(Tag, rank.ToString(CultureInfo.InvariantCulture), id);

    public static (long Rank, string Id)? ParseCursor(string? after)
    {
        if (after is null)
        {
            return null;
        }

        var keys = Paging.Cursor.DecodeRequired(after, Tag, 2, nameof(SearchQuery.After));
        return long.TryParse(keys[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rank)
            ? (rank, keys[1])
            : throw ThrowHelper.MalformedCursor(after, nameof(SearchQuery.After));
    }

    private const string Tag = "search";
}
