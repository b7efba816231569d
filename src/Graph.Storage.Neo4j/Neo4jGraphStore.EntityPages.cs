using System.Globalization;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Search;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    public async Task<long> CountEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var parameters = new Dictionary<string, object?>();
        var statement = EntityPageCypher.Count(query, parameters);
        var rows = await QueryAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(rows[0]["count"], CultureInfo.InvariantCulture);
    }

    public async Task<long> CountSearchHitsAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        var text = SearchText.Normalize(query.Text);
        if (text.Length == 0)
        {
            return 0;
        }

        var parameters = SearchParameters(query, text);
        var statement = CypherCatalog.SearchHitCount;
        if (query.Where is { } where)
        {
            statement = CypherCatalog.WithSearchCondition(statement, EntityConditionCypher.Translate(where, "e", parameters));
        }

        var rows = await QueryAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(rows[0]["count"], CultureInfo.InvariantCulture);
    }

    private Dictionary<string, object?> SearchParameters(SearchQuery query, string text) => new()
    {
        ["lucene"] = SearchText.LuceneQuery(text),
        ["text"] = text,
        ["kinds"] = query.Kinds is { Count: > 0 } kinds ? kinds.Select(k => k.ToString()).Distinct().ToList() : null,
    };

    /// <summary>Lists that the single-order statements do not serve: conditions, several keys, pages from the end.</summary>
    private async Task<Page<Entity>> ListEntityPageAsync(EntityListQuery query, CancellationToken cancellationToken)
    {
        var paging = EntityPaging.Of(query);
        var parameters = new Dictionary<string, object?> { ["limit"] = PageBuilder.Limit(query.First) };
        var statement = EntityPageCypher.Page(query, paging, parameters);
        var rows = await QueryAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        return paging.Build(rows.Select(r => Records.Entity(r["e"])).ToList(), query.First, query.FromEnd, e => e);
    }
}
