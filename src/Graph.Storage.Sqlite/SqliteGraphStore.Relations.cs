using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Queries;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyList<AnchoredRelation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        if (query.EntityIds.Count == 0 || query.FirstPerEntity == 0)
        {
            return [];
        }

        var command = RelationSql.ByAnchors(lease.Connection, query);
        return await Lookups.ReadAllAsync(
            command,
            r =>
            {
                var relation = RelationRows.Read(r, 1);
                // The cursor is the relation ID itself: the per-anchor order is by ID, so the ID is the whole sort key.
                return new AnchoredRelation(new EntityId(r.GetString(0)), relation, relation.Id.Value);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(
        IReadOnlyCollection<RelationId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        return ids.Count == 0
            ? []
            : await Lookups.LoadRelationsAsync(lease.Connection, ids.Select(id => id.Value), cancellationToken).ConfigureAwait(false);
    }
}
