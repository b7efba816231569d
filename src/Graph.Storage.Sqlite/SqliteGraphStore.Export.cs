using System.Runtime.CompilerServices;
using Graph.Domain.Model;
using Graph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Streams for export. Each holds one read connection, and so one consistent snapshot of the file, for as long as it is
/// being enumerated.
/// </summary>
internal sealed partial class SqliteGraphStore
{
    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync($"SELECT {EntityRows.Columns} FROM entities e ORDER BY e.id", r => EntityRows.Read(r), cancellationToken);

    public IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync($"SELECT {RelationRows.Columns} FROM relations r ORDER BY r.id", r => RelationRows.Read(r), cancellationToken);

    public IAsyncEnumerable<Observation> ReadAllObservationsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync($"SELECT {ObservationRows.Columns} FROM observations o ORDER BY o.id", ObservationRows.Read, cancellationToken);

    public IAsyncEnumerable<Mention> ReadAllMentionsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(
            $"SELECT {ProvenanceRows.MentionColumns} FROM mentions m ORDER BY {ProvenanceRows.MentionOrder}",
            ProvenanceRows.ReadMention,
            cancellationToken);

    public IAsyncEnumerable<DocumentInfo> ReadAllDocumentsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(
            $"SELECT {ProvenanceRows.DocumentColumns} FROM documents d ORDER BY d.hash", ProvenanceRows.ReadDocument, cancellationToken);

    private async IAsyncEnumerable<T> StreamAsync<T>(
        string sql, Func<SqliteDataReader, T> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return read(reader);
        }
    }
}
