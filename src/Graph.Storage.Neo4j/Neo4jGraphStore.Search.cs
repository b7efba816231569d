using System.Globalization;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Search;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    private const string SearchCursorTag = "search";

    public async Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var after = ParseSearchCursor(query.After, nameof(query.After));
        var before = ParseSearchCursor(query.Before, nameof(query.Before));
        cancellationToken.ThrowIfCancellationRequested();
        var text = SearchText.Normalize(query.Text);
        if (text.Length == 0)
        {
            return Page<SearchHit>.Empty;
        }

        var parameters = SearchParameters(query, text);
        parameters["tier"] = SearchRank.TierWeight;
        parameters["maxLength"] = SearchRank.MaxLength;
        parameters["afterRank"] = after?.Rank;
        parameters["afterId"] = after?.Id;
        parameters["beforeRank"] = before?.Rank;
        parameters["beforeId"] = before?.Id;
        parameters["limit"] = (long)PageBuilder.Limit(query.First);
        var statement = query.FromEnd ? CypherCatalog.SearchFromEnd : CypherCatalog.Search;
        if (query.Where is { } where)
        {
            statement = CypherCatalog.WithSearchCondition(statement, EntityConditionCypher.Translate(where, "e", parameters));
        }

        var rows = await QueryAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        var hits = rows.Select(r => (Rank: (long)r["rank"]!, Entity: Records.Entity(r["e"]))).ToList();
        var page = PageBuilder.BuildEitherWay(
            hits, query.First, query.FromEnd, after is not null, before is not null,
            h => KeysetCursor.Encode(SearchCursorTag, SearchText.RankText(h.Rank), h.Entity.Id.Value));
        return new Page<SearchHit>(
            page.Items.Select(i => new PageItem<SearchHit>(new SearchHit(i.Node.Entity, SearchRank.Score(i.Node.Rank)), i.Cursor)).ToList(),
            page.HasNextPage,
            page.HasPreviousPage);
    }

    private static (long Rank, string Id)? ParseSearchCursor(string? cursor, string parameterName)
    {
        if (cursor is null)
        {
            return null;
        }

        var keys = KeysetCursor.DecodeRequired(cursor, SearchCursorTag, 2, parameterName);
        return long.TryParse(keys[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rank)
            ? (rank, keys[1])
            : throw KeysetCursor.Malformed(cursor, parameterName);
    }
}
