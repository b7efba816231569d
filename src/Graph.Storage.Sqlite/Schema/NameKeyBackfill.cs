using Graph.Domain.Store;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Schema;

/// <summary>
/// Gives every entity written before schema version 6 its pinyin sort key, in transactions of <see cref="BatchSize"/> rows,
/// at start-up. Idempotent: it reads only rows whose key is missing, so a store that has none left does one index probe.
/// </summary>
internal static class NameKeyBackfill
{
    private const int BatchSize = 20_000;

    public static async Task RunAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            List<(long No, string Name)> rows;
            await using (var missing = Commands.Create(
                             connection, SqlCatalog.NameKeyBackfillBatch, transaction))
            {
                missing.With("$batch", BatchSize);
                rows = await Lookups.ReadAllAsync(missing, r => (r.GetInt64(0), r.GetString(1)), cancellationToken).ConfigureAwait(false);
            }

            if (rows.Count == 0)
            {
                return;
            }

            await using (var update = Commands.Create(connection, SqlCatalog.NameKeyBackfillUpdate, transaction))
            {
                var key = update.Parameters.Add("$key", SqliteType.Text);
                var no = update.Parameters.Add("$no", SqliteType.Integer);
                update.Prepare();
                foreach (var (entityNo, name) in rows)
                {
                    key.Value = NameSortKey.Pinyin(name);
                    no.Value = entityNo;
                    await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
