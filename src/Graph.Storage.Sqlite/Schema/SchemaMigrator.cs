using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Schema;

/// <summary>Brings a database to <see cref="Migrations.Latest"/>, one transaction per step.</summary>
internal static class SchemaMigrator
{
    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        foreach (var migration in Migrations.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // BEGIN IMMEDIATE takes the write lock before user_version is read, so two processes starting together
            // cannot both apply the same step.
            await using var transaction = (SqliteTransaction)await connection
                .BeginTransactionAsync(cancellationToken)
                .ConfigureAwait(false);
            var current = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (current > Migrations.Latest)
            {
                throw new InvalidOperationException(
                    $"The database is at schema version {current}, newer than this build understands ({Migrations.Latest}).");
            }

            if (current >= migration.Version)
            {
                continue;
            }

            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // PRAGMA takes no parameters; the version is our own constant, not input.
            command.CommandText = migration.Sql + string.Create(
                CultureInfo.InvariantCulture, $"\nPRAGMA user_version = {migration.Version};");
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<long> ReadVersionAsync(
        SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }
}
