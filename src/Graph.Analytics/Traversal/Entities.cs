using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics.Traversal;

/// <summary>Entities by ID in one store call, as a dictionary.</summary>
internal static class Entities
{
    public static async Task<Dictionary<EntityId, Entity>> LoadAsync(
        IGraphReader store, IEnumerable<EntityId> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        if (distinct.Count == 0)
        {
            return [];
        }

        var entities = await store.GetEntitiesAsync(distinct, cancellationToken).ConfigureAwait(false);
        return entities.ToDictionary(e => e.Id);
    }

    public static async Task<Entity?> LoadOneAsync(IGraphReader store, EntityId id, CancellationToken cancellationToken) =>
        (await store.GetEntitiesAsync([id], cancellationToken).ConfigureAwait(false)).FirstOrDefault();
}
