using Graph.Domain.Store;

namespace Graph.GraphQL.Loading;

/// <summary>
/// Relations of many entities at once. Keys are grouped by slice; each slice is one
/// <see cref="IGraphReader.GetRelationsAsync"/> call over all its entities.
/// </summary>
internal sealed class RelationsByEntityIdLoader(IGraphReader store) : BatchLoader<RelationKey, IReadOnlyList<AnchoredRelation>>
{
    protected override async Task<IReadOnlyDictionary<RelationKey, IReadOnlyList<AnchoredRelation>>> FetchAsync(
        IReadOnlyList<RelationKey> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<RelationKey, IReadOnlyList<AnchoredRelation>>();
        foreach (var group in keys.GroupBy(k => k.Slice))
        {
            var slice = group.Key;
            var query = new RelationQuery(
                group.Select(k => k.Entity).Distinct().ToList(),
                slice.Direction,
                slice.First,
                slice.Types,
                slice.After,
                slice.Before,
                slice.FromEnd);
            var relations = await store.GetRelationsAsync(query, cancellationToken).ConfigureAwait(false);
            var byAnchor = relations.ToLookup(r => r.Anchor);
            foreach (var key in group)
            {
                result[key] = byAnchor[key.Entity].ToList();
            }
        }

        return result;
    }

    protected override IReadOnlyList<AnchoredRelation> Missing(RelationKey key) => [];
}
