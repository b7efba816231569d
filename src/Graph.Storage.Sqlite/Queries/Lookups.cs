using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Queries;

/// <summary>Batched look-ups by key, shared by the read paths and the batch writer (which passes its transaction).</summary>
internal static class Lookups
{
    /// <summary>The stored rows of <paramref name="ids"/> (those that exist), by ID, their JSON columns unparsed.</summary>
    public static async Task<Dictionary<string, StoredEntityRow>> LoadEntityRowsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        await using var command = Commands.Create(
                connection,
                SqlCatalog.EntityRowsById,
                transaction)
            .WithList("$ids", ids);
        var found = new Dictionary<string, StoredEntityRow>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = EntityRows.ReadStored(reader);
            found[row.Id] = row;
        }

        return found;
    }

    /// <summary>Which of <paramref name="ids"/> exist in <paramref name="table"/> (a fixed table name, never input).</summary>
    public static async Task<HashSet<string>> ExistingIdsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, KeyedTable table, IEnumerable<string> ids,
        CancellationToken cancellationToken)
    {
        await using var command = Commands.Create(connection, SqlCatalog.ExistingIds(table), transaction)
            .WithList("$ids", ids);
        var found = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }

    public static async Task<List<Relation>> LoadRelationsAsync(
        SqliteConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        await using var command = Commands.Create(
                connection,
                SqlCatalog.RelationsById)
            .WithList("$ids", ids);
        return await ReadAllAsync(command, r => RelationRows.Read(r), cancellationToken).ConfigureAwait(false);
    }

    public static async Task<Dictionary<string, DocumentInfo>> LoadDocumentsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, IEnumerable<string> hashes, CancellationToken cancellationToken)
    {
        await using var command = Commands.Create(
                connection,
                SqlCatalog.DocumentsByHash,
                transaction)
            .WithList("$hashes", hashes);
        var documents = await ReadAllAsync(command, ProvenanceRows.ReadDocument, cancellationToken).ConfigureAwait(false);
        return documents.ToDictionary(d => d.Hash, StringComparer.Ordinal);
    }

    public static async Task<List<T>> ReadAllAsync<T>(
        SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static IEnumerable<string> Values(IEnumerable<EntityId> ids) => ids.Select(id => id.Value);
}
