using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>The statements one batch runs, prepared once and reused for every row of the batch.</summary>
internal sealed class BatchStatements : IAsyncDisposable
{
    public BatchStatements(SqliteConnection connection, SqliteTransaction transaction)
    {
        Document = new(connection, transaction,
            SqlCatalog.InsertDocument,
            "$hash", "$name", "$title", "$source", "$published", "$length", "$ingested");
        // A text stored once stays: the same hash is the same text. A document stored earlier without it gains it here.
        DocumentText = new(connection, transaction,
            SqlCatalog.InsertDocumentText, "$hash", "$text");
        // One row per new entity, a million in a bulk load: by position on the handle (PositionalInsert).
        InsertEntity = new(connection, SqlCatalog.InsertEntity);
        UpdateEntity = new(connection, transaction,
            SqlCatalog.UpdateEntity,
            "$aliases", "$subtype", "$start", "$end", "$attributes", "$no");
    }

    public PreparedStatement Document { get; }

    public PreparedStatement DocumentText { get; }

    public PositionalInsert InsertEntity { get; }

    public PreparedStatement UpdateEntity { get; }

    public async ValueTask DisposeAsync()
    {
        InsertEntity.Dispose();
        PreparedStatement[] all = [Document, DocumentText, UpdateEntity];
        foreach (var statement in all)
        {
            await statement.DisposeAsync().ConfigureAwait(false);
        }
    }
}
