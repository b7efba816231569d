using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.GraphQL.Loading;

/// <summary>Entities by ID: one <see cref="IGraphReader.GetEntitiesAsync"/> call per level.</summary>
internal sealed class EntityByIdLoader(IGraphReader store) : BatchLoader<EntityId, Entity?>
{
    protected override async Task<IReadOnlyDictionary<EntityId, Entity?>> FetchAsync(
        IReadOnlyList<EntityId> keys, CancellationToken cancellationToken)
    {
        var entities = await store.GetEntitiesAsync(keys, cancellationToken).ConfigureAwait(false);
        return entities.ToDictionary(e => e.Id, e => (Entity?)e);
    }

    protected override Entity? Missing(EntityId key) => null;
}
