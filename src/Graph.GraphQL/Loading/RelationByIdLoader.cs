using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.GraphQL.Loading;

/// <summary>Relations by ID, for <c>node(id)</c>.</summary>
internal sealed class RelationByIdLoader(IGraphReader store) : BatchLoader<RelationId, Relation?>
{
    protected override async Task<IReadOnlyDictionary<RelationId, Relation?>> FetchAsync(
        IReadOnlyList<RelationId> keys, CancellationToken cancellationToken)
    {
        var relations = await store.GetRelationsByIdAsync(keys, cancellationToken).ConfigureAwait(false);
        return relations.ToDictionary(r => r.Id, r => (Relation?)r);
    }

    protected override Relation? Missing(RelationId key) => null;
}
