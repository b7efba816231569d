using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Sql;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyDictionary<EntityId, long>> CountRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.EntityIds);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var counts = query.EntityIds.Distinct().ToDictionary(id => id, _ => 0L);
        if (counts.Count == 0)
        {
            return counts;
        }

        await using var command = lease.Connection.CreateCommand();
        command.WithList("$anchors", counts.Keys.Select(id => id.Value));
        var typed = query.Types is { Count: > 0 };
        if (typed)
        {
            command.WithList("$types", query.Types!.Select(t => t.ToName()));
        }

        command.CommandText = SqlCatalog.RelationCounts(query.Direction, typed);
        var rows = await Lookups.ReadAllAsync(command, r => (Id: new EntityId(r.GetString(0)), Count: r.GetInt64(1)), cancellationToken)
            .ConfigureAwait(false);
        foreach (var (id, count) in rows)
        {
            counts[id] = count;
        }

        return counts;
    }
}
