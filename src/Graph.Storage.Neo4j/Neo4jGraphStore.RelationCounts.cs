using System.Globalization;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyDictionary<EntityId, long>> CountRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.EntityIds);
        cancellationToken.ThrowIfCancellationRequested();
        var counts = query.EntityIds.Distinct().ToDictionary(id => id, _ => 0L);
        if (counts.Count == 0)
        {
            return counts;
        }

        var statement = query.Direction switch
        {
            RelationDirection.Outgoing => CypherCatalog.RelationCountsOutgoing,
            RelationDirection.Incoming => CypherCatalog.RelationCountsIncoming,
            _ => CypherCatalog.RelationCountsBoth,
        };
        var rows = await QueryAsync(
                statement,
                new() { ["anchors"] = Distinct(counts.Keys.Select(id => id.Value)), ["types"] = TypeNames(query.Types) },
                cancellationToken)
            .ConfigureAwait(false);
        foreach (var row in rows)
        {
            counts[new EntityId((string)row["anchor"]!)] = Convert.ToInt64(row["count"], CultureInfo.InvariantCulture);
        }

        return counts;
    }

    public async Task<long> CountObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = ObservationFilter(query);
        var rows = await QueryAsync(CypherCatalog.ObservationCount, parameters, cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(rows[0]["count"], CultureInfo.InvariantCulture);
    }
}
