using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Cypher's <c>shortestPath</c> over an undirected pattern bounded by the query's length (its bound must be a literal,
    /// so each bound up to <see cref="CypherCatalog.MaxPathBound"/> has its own statement; longer bounds are searched to
    /// that limit). Among several shortest paths the server picks one.
    /// </summary>
    public async Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var ends = (await GetEntitiesAsync([query.From, query.To], cancellationToken).ConfigureAwait(false))
            .ToDictionary(e => e.Id.Value, StringComparer.Ordinal);
        if (!ends.ContainsKey(query.From.Value) || !ends.ContainsKey(query.To.Value))
        {
            return null;
        }

        if (query.From == query.To)
        {
            return new GraphPath([ends[query.From.Value]], []);
        }

        if (query.MaxLength == 0)
        {
            return null;
        }

        var rows = await QueryAsync(
            CypherCatalog.ShortestPath(Math.Min(query.MaxLength, CypherCatalog.MaxPathBound)),
            new() { ["from"] = query.From.Value, ["to"] = query.To.Value, ["types"] = TypeNames(query.Types) },
            cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return null;
        }

        var nodeIds = ((IEnumerable<object?>)rows[0]["nodes"]!).Cast<string>().ToList();
        var relationIds = ((IEnumerable<object?>)rows[0]["relations"]!).Cast<string>().ToList();
        var entities = (await GetEntitiesAsync(nodeIds.Select(i => new Graph.Domain.Identity.EntityId(i)).ToList(), cancellationToken)
            .ConfigureAwait(false)).ToDictionary(e => e.Id.Value, StringComparer.Ordinal);
        var relations = (await LoadRelationsAsync(relationIds, cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Id.Value, StringComparer.Ordinal);
        return new GraphPath(nodeIds.Select(i => entities[i]).ToList(), relationIds.Select(i => relations[i]).ToList());
    }
}
