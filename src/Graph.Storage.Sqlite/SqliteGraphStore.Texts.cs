using Graph.Domain.Store;
using Graph.Storage.Sqlite.Queries;

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
            .Create(
                lease.Connection,
                "SELECT t.hash, t.text FROM document_texts t WHERE t.hash IN (SELECT value FROM json_each($hashes)) ORDER BY t.hash")
            .WithList("$hashes", hashes);
        return await Lookups
            .ReadAllAsync(command, r => new DocumentText(r.GetString(0), r.GetString(1)), cancellationToken)
            .ConfigureAwait(false);
    }
}
