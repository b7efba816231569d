using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Queries;

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
        var types = string.Empty;
        if (query.Types is { Count: > 0 } selected)
        {
            types = " AND r.type IN (SELECT value FROM json_each($types))";
            command.WithList("$types", selected.Select(t => t.ToName()));
        }

        // Each side counts a range of its (end, id, type, other end) index; a self-loop is left to the outgoing side.
        var outgoing = $"(SELECT count(*) FROM relations r INDEXED BY relations_by_from_id WHERE r.from_id = a.anchor{types})";
        var incoming = $"(SELECT count(*) FROM relations r INDEXED BY relations_by_to_id WHERE r.to_id = a.anchor{types}" +
                       (query.Direction == RelationDirection.Both ? " AND r.from_id <> a.anchor)" : ")");
        var total = query.Direction switch
        {
            RelationDirection.Outgoing => outgoing,
            RelationDirection.Incoming => incoming,
            _ => $"{outgoing} + {incoming}",
        };
        command.CommandText = $"SELECT a.anchor, {total} FROM (SELECT DISTINCT value AS anchor FROM json_each($anchors)) a";
        var rows = await Lookups.ReadAllAsync(command, r => (Id: new EntityId(r.GetString(0)), Count: r.GetInt64(1)), cancellationToken)
            .ConfigureAwait(false);
        foreach (var (id, count) in rows)
        {
            counts[id] = count;
        }

        return counts;
    }
}
