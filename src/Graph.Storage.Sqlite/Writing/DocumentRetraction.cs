using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>
/// Removes what earlier versions of a document (same name, other hash) contributed, inside the caller's write
/// transaction, before the new version is upserted (see IGraphWriter.ReplaceDocumentAsync). A fact goes only when
/// nothing else supports it: a relation with no mention left, an entity with no mention, relation or observation left
/// that the new version does not hold.
/// </summary>
internal sealed class DocumentRetraction(SqliteConnection connection, SqliteTransaction transaction)
{
    /// <summary>Retracts every earlier version of <paramref name="document"/>; returns how many there were.</summary>
    public async Task<int> RetractEarlierVersionsAsync(DocumentInfo document, IEnumerable<EntityId> keep, CancellationToken cancellationToken)
    {
        var earlier = new List<string>();
        await using (var find = Commands.Create(connection, SqlCatalog.EarlierVersions, transaction)
            .With("$name", document.Name).With("$hash", document.Hash))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                earlier.Add(reader.GetString(0));
            }
        }

        if (earlier.Count == 0)
        {
            return 0;
        }

        await ExecuteAsync(SqlCatalog.RetractionPrepare, command => { }, cancellationToken).ConfigureAwait(false);
        foreach (var hash in earlier)
        {
            await ExecuteAsync(SqlCatalog.RetractVersion, command => command.With("$old", hash), cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(SqlCatalog.RetractOrphans, command => command.WithList("$keep", keep.Select(id => id.Value)), cancellationToken).ConfigureAwait(false);
        return earlier.Count;
    }

    private async Task ExecuteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = Commands.Create(connection, sql, transaction);
        bind(command);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
