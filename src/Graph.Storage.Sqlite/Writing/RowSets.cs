using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>
/// Set-wise inserts: the rows of a batch travel as one JSON array of arrays and one statement inserts them all through
/// <c>json_each</c>. A document's batch holds hundreds of mentions and relations; binding and stepping a statement per row
/// cost more in the provider than the inserts themselves. The array keeps the caller's order, so rows still go in in key
/// order, and statements are cut at <see cref="RowsPerStatement"/> so a bulk batch never builds one huge string.
/// </summary>
internal static class RowSets
{
    public const int RowsPerStatement = 20_000;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs <paramref name="sql"/> (which reads <c>$rows</c>) once per slice of rows; the number of rows inserted.</summary>
    public static async Task<int> InsertAsync<T>(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sql,
        IEnumerable<T> rows,
        Action<Utf8JsonWriter, T> writeRow,
        CancellationToken cancellationToken)
    {
        var inserted = 0;
        foreach (var slice in rows.Chunk(RowsPerStatement))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var command = Commands.Create(connection, sql, transaction).With("$rows", Json(slice, writeRow));
            inserted += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return inserted;
    }

    private static string Json<T>(T[] rows, Action<Utf8JsonWriter, T> writeRow)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                writeRow(writer, row);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
