using Graph.Domain.Store;

namespace Graph.GraphQL.Loading;

/// <summary>
/// The number of relations of many entities at once (<c>relations { totalCount }</c> under a list): one
/// <see cref="IGraphReader.CountRelationsAsync"/> call per distinct direction and type set. The slice's page fields are ignored.
/// </summary>
internal sealed class RelationCountsByEntityIdLoader(IGraphReader store) : BatchLoader<RelationKey, long>
{
    protected override async Task<IReadOnlyDictionary<RelationKey, long>> FetchAsync(
        IReadOnlyList<RelationKey> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<RelationKey, long>();
        foreach (var group in keys.GroupBy(k => (k.Slice.Direction, k.Slice.TypesKey)))
        {
            var slice = group.First().Slice;
            var query = new RelationQuery(group.Select(k => k.Entity).Distinct().ToList(), slice.Direction, 0, slice.Types);
            var counts = await store.CountRelationsAsync(query, cancellationToken).ConfigureAwait(false);
            foreach (var key in group)
            {
                result[key] = counts.TryGetValue(key.Entity, out var count) ? count : 0;
            }
        }

        return result;
    }

    protected override long Missing(RelationKey key) => 0;
}
