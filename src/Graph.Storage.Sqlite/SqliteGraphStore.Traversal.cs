using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Queries;

namespace Graph.Storage.Sqlite;

/// <summary>The two reads traversals are built from (the algorithms are in Graph.Analytics).</summary>
internal sealed partial class SqliteGraphStore
{
    public async Task<StepSet> GetStepsAsync(StepQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        if (query.EntityIds.Count == 0)
        {
            return StepSet.Empty;
        }

        var level = await GraphExpansion
            .ExpandAsync(
                lease.Connection, query.EntityIds.Select(id => id.Value).ToList(), query.Types, query.Direction, cancellationToken,
                query.FirstPerEntity)
            .ConfigureAwait(false);
        return new StepSet(
            level.Steps.Select(s => new RelationStep(new EntityId(s.Anchor), new EntityId(s.Other), new RelationId(s.RelationId))).ToList(),
            level.Capped);
    }

    // The read walks each entity's outgoing relations: left to itself the planner walks the incoming ones, and a hub among
    // the entities (中国, with every LOCATED_IN and MENTIONS pointing at it) then costs its whole in-degree. Relations point
    // at hubs, rarely out of them. The match is decided on the covering index alone; only the relations kept are read in full.
    public async Task<IReadOnlyList<Relation>> GetRelationsAmongAsync(
        IReadOnlyCollection<EntityId> entityIds, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        if (entityIds.Count == 0)
        {
            return [];
        }

        var command = RelationSql.Among(lease.Connection, entityIds.Select(id => id.Value), types);
        return await Lookups.ReadAllAsync(command, r => RelationRows.Read(r), cancellationToken).ConfigureAwait(false);
    }
}
