using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(
        IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            return [];
        }

        // The commonest read of all (node(id), every nested entity field): one prepared statement per connection, and for a
        // single ID an equality look-up rather than a JSON list.
        SqliteCommand command;
        if (ids.Count == 1)
        {
            command = StatementCache.Get(lease.Connection, SqlCatalog.EntityById, "$id");
            command.Parameters[0].Value = ids.First().Value;
        }
        else
        {
            command = StatementCache.Get(lease.Connection, SqlCatalog.EntitiesById, "$ids");
            command.Parameters[0].Value = JsonColumns.Array(Lookups.Values(ids));
        }

        return await Lookups.ReadAllAsync(command, r => EntityRows.Read(r), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        if (!EntityPaging.IsSimple(query))
        {
            return await ListEntityPageAsync(query, cancellationToken).ConfigureAwait(false);
        }

        var after = StoreCursors.ParseEntity(query.After, query.Order);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = EntityListSql.Build(lease.Connection, query, after, PageBuilder.Limit(query.First));
        var rows = await Lookups.ReadAllAsync(command, r => EntityRows.Read(r), cancellationToken).ConfigureAwait(false);
        var page = PageBuilder.Build(rows, query.First, e => StoreCursors.Entity(e, query.Order));
        return page with { HasPreviousPage = after is not null };
    }
}
