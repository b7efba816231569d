using System.Globalization;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>
/// For a bulk batch that is large beside what a table already holds: the table's secondary indexes are dropped before the
/// batch's rows go in and built again from the table afterwards, inside the batch's transaction. Readers see the indexes
/// throughout (they read the last committed version, which has them), and a failed batch rolls the drop back with the rows.
/// </summary>
internal sealed class DeferredIndexes(SqliteConnection connection, SqliteTransaction transaction)
{
    /// <summary>A table's indexes are rebuilt when the batch adds at least as many rows as the table holds.</summary>
    // Why: an index entry inserted row by row lands on a random page (the keys are hash IDs and names), about 5 µs a row and
    // index at a million relations, while CREATE INDEX reads the table once and sorts, 2.4 µs a row (measured at 900,000
    // relations). A rebuild costs every row the table will hold, so it pays while the batch is about the size of what is
    // already stored: a load into an empty store, and the second of equal batches. With batches a quarter of the table the
    // rebuilds cost as much as they saved (relations at 200k entities in batches of 200,000: 24.0 s CPU before, 25.6 after).
    public const int RebuildFactor = 1;

    private readonly List<string> _definitions = [];

    /// <summary>Drops <paramref name="table"/>'s secondary indexes if <paramref name="rows"/> new rows make a rebuild cheaper.</summary>
    public async Task DeferAsync(IndexedTable table, long rows, CancellationToken cancellationToken)
    {
        if (rows == 0)
        {
            return;
        }

        // Counts at most the bound, so the probe costs no more than the batch, whatever the table's size.
        var bound = rows * RebuildFactor;
        await using (var probe = Commands.Create(connection, SqlCatalog.RowsUpTo(table), transaction).With("$limit", bound + 1))
        {
            var stored = Convert.ToInt64(await probe.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (stored > bound)
            {
                return;
            }
        }

        // The definitions as the schema holds them, so the rebuilt indexes are exactly those of the file's schema version.
        // Automatic indexes (PRIMARY KEY, UNIQUE) have no SQL, stay, and keep enforcing their constraints during the batch.
        var indexes = new List<(string Name, string Sql)>();
        await using (var list = Commands.Create(connection, SqlCatalog.IndexesOfTable, transaction).With("$table", SqlCatalog.TableName(table)))
        {
            indexes.AddRange(await Lookups.ReadAllAsync(list, r => (r.GetString(0), r.GetString(1)), cancellationToken).ConfigureAwait(false));
        }

        foreach (var (name, sql) in indexes)
        {
            await ExecuteAsync(SqlCatalog.DropIndex(name), cancellationToken).ConfigureAwait(false);
            _definitions.Add(sql);
        }
    }

    /// <summary>Builds every dropped index again.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        foreach (var sql in _definitions)
        {
            await ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
        }

        _definitions.Clear();
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Commands.Create(connection, sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
