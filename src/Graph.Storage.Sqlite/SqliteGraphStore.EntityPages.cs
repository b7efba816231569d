using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Sql;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<long> CountEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = EntityPageSql.Count(lease.Connection, query);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Lists that the single-order read does not serve: conditions, several keys, pages from the end.</summary>
    private async Task<Page<Entity>> ListEntityPageAsync(EntityListQuery query, CancellationToken cancellationToken)
    {
        var paging = EntityPaging.Of(query);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = EntityPageSql.Build(lease.Connection, query, paging, PageBuilder.Limit(query.First));
        var rows = await Lookups.ReadAllAsync(command, r => EntityRows.Read(r), cancellationToken).ConfigureAwait(false);
        return paging.Build(rows, query.First, query.FromEnd, e => e);
    }
}
