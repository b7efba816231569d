using Graph.Domain.Store;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Sql;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyList<DocumentText>> GetDocumentTextsAsync(
        IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        if (hashes.Count == 0)
        {
            return [];
        }

        await using var command = Commands
            .Create(lease.Connection, SqlCatalog.DocumentTextsByHash)
            .WithList("$hashes", hashes);
        return await Lookups
            .ReadAllAsync(command, r => new DocumentText(r.GetString(0), r.GetString(1)), cancellationToken)
            .ConfigureAwait(false);
    }
}
