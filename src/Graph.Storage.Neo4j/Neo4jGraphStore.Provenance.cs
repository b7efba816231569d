using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targetIds);
        cancellationToken.ThrowIfCancellationRequested();
        if (targetIds.Count == 0)
        {
            return [];
        }

        return (await QueryAsync(CypherCatalog.MentionsByTarget, new() { ["targets"] = Distinct(targetIds) }, cancellationToken).ConfigureAwait(false))
            .Select(r => Records.Mention(r["m"])).ToList();
    }

    public async Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        cancellationToken.ThrowIfCancellationRequested();
        if (hashes.Count == 0)
        {
            return [];
        }

        return (await QueryAsync(CypherCatalog.DocumentsByHash, new() { ["hashes"] = Distinct(hashes) }, cancellationToken).ConfigureAwait(false))
            .Select(r => Records.Document(r["document"])).ToList();
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        // Every kind and type is listed, with zero where there are none, so a statistics page has a stable shape.
        var byKind = Enum.GetValues<EntityKind>().ToDictionary(k => k, _ => 0L);
        foreach (var row in await QueryAsync(CypherCatalog.EntityCountsByKind, [], cancellationToken).ConfigureAwait(false))
        {
            if (Enum.TryParse<EntityKind>((string)row["key"]!, out var kind))
            {
                byKind[kind] = (long)row["count"]!;
            }
        }

        var byType = RelationTypes.All.ToDictionary(t => t, _ => 0L);
        foreach (var row in await QueryAsync(CypherCatalog.RelationCountsByType, [], cancellationToken).ConfigureAwait(false))
        {
            if (RelationTypes.TryParse((string)row["key"]!, out var type))
            {
                byType[type] = (long)row["count"]!;
            }
        }

        var totals = await QuerySingleAsync(CypherCatalog.OtherCounts, nameof(CypherCatalog.OtherCounts), [], cancellationToken).ConfigureAwait(false);
        return new GraphStatistics(byKind, byType, (long)totals["observations"]!, (long)totals["mentions"]!, (long)totals["documents"]!);
    }
}
