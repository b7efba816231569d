using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyList<Mention>> GetMentionsAsync(
        IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targetIds);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        if (targetIds.Count == 0)
        {
            return [];
        }

        await using var command = Commands
            .Create(lease.Connection, SqlCatalog.MentionsOfTargets)
            .WithList("$targets", targetIds);
        return await Lookups.ReadAllAsync(command, ProvenanceRows.ReadMention, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(
        IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        if (hashes.Count == 0)
        {
            return [];
        }

        var documents = await Lookups.LoadDocumentsAsync(lease.Connection, null, hashes, cancellationToken).ConfigureAwait(false);
        return documents.Values.OrderBy(d => d.Hash, StringComparer.Ordinal).ToList();
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        // Every kind and type is listed, with zero where there are none, so a statistics page has a stable shape.
        var byKind = Enum.GetValues<EntityKind>().ToDictionary(k => k, _ => 0L);
        await using (var command = Commands.Create(connection, SqlCatalog.EntityCountsByKind))
        {
            foreach (var (kind, count) in await CountsAsync(command, cancellationToken).ConfigureAwait(false))
            {
                byKind[Enum.Parse<EntityKind>(kind)] = count;
            }
        }

        var byType = RelationTypes.All.ToDictionary(t => t, _ => 0L);
        await using (var command = Commands.Create(connection, SqlCatalog.RelationCountsByType))
        {
            foreach (var (type, count) in await CountsAsync(command, cancellationToken).ConfigureAwait(false))
            {
                byType[RelationTypes.Parse(type)] = count;
            }
        }

        await using var totals = Commands.Create(connection, SqlCatalog.FactTotals);
        var (observations, mentions, documents) = (await Lookups
            .ReadAllAsync(totals, r => (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)), cancellationToken)
            .ConfigureAwait(false))[0];
        return new GraphStatistics(byKind, byType, observations, mentions, documents);
    }

    private static Task<List<(string Key, long Count)>> CountsAsync(SqliteCommand command, CancellationToken cancellationToken) =>
        Lookups.ReadAllAsync(command, r => (r.GetString(0), r.GetInt64(1)), cancellationToken);
}
