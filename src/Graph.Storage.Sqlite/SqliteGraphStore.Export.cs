using System.Runtime.CompilerServices;
using Graph.Domain.Model;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Streams for export. Each holds one read connection, and so one consistent snapshot of the file, for as long as it is
/// being enumerated.
/// </summary>
internal sealed partial class SqliteGraphStore
{
    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(SqlCatalog.AllEntities, r => EntityRows.Read(r), cancellationToken);

    public IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(SqlCatalog.AllRelations, r => RelationRows.Read(r), cancellationToken);

    public IAsyncEnumerable<Observation> ReadAllObservationsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(SqlCatalog.AllObservations, ObservationRows.Read, cancellationToken);

    public IAsyncEnumerable<Mention> ReadAllMentionsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(SqlCatalog.AllMentions, ProvenanceRows.ReadMention, cancellationToken);

    public IAsyncEnumerable<DocumentInfo> ReadAllDocumentsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(SqlCatalog.AllDocuments, ProvenanceRows.ReadDocument, cancellationToken);

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
