using Graph.Domain.Model;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>
/// The numbers a batch's mention rows are keyed by (schema version 9): each entity's, relation's and observation's number by
/// ID and each document's by hash. The batch records the numbers of the rows it writes that its mentions name;
/// <see cref="LoadAsync"/> reads the rest from the store in one statement per kind of key.
/// </summary>
internal sealed class FactNumbers(IReadOnlyList<Mention> mentions)
{
    // Only what a mention names is kept: a bulk batch writes millions of relations and cites a few hundred thousand.
    private readonly HashSet<string> _named = mentions.Select(m => m.TargetId).Concat(mentions.Select(m => m.Article.Value))
        .ToHashSet(StringComparer.Ordinal);

    // One map of every target's kind and number: the domain's IDs carry their kind's prefix, and should an ID still name two
    // kinds, the first recorded wins, as entities are written and loaded before relations and observations.
    private readonly Dictionary<string, (MentionTargetKind Kind, long Number)> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _documents = new(StringComparer.Ordinal);

    /// <summary>Records a row's number if a mention of the batch names it.</summary>
    public void Add(MentionTargetKind kind, string id, long number)
    {
        if (_named.Contains(id))
        {
            _targets.TryAdd(id, (kind, number));
        }
    }

    /// <summary>Reads the numbers of the targets and articles the mentions name, and of <paramref name="hashes"/>, not recorded yet.</summary>
    public async Task LoadAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IEnumerable<string> hashes,
        CancellationToken cancellationToken)
    {
        var unknownIds = _named.Where(id => !_targets.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        if (unknownIds.Count > 0)
        {
            await using var command = Commands.Create(connection, SqlCatalog.FactNumbersById, transaction).WithList("$targets", unknownIds);
            foreach (var (kind, number, id) in await Lookups
                .ReadAllAsync(command, r => ((MentionTargetKind)r.GetInt32(0), r.GetInt64(1), r.GetString(2)), cancellationToken)
                .ConfigureAwait(false))
            {
                _targets.TryAdd(id, (kind, number));
            }
        }

        var unknownHashes = hashes.Where(h => !_documents.ContainsKey(h)).ToHashSet(StringComparer.Ordinal);
        if (unknownHashes.Count > 0)
        {
            await using var command = Commands.Create(connection, SqlCatalog.DocumentNumbersByHash, transaction)
                .WithList("$hashes", unknownHashes);
            foreach (var (hash, number) in await Lookups
                .ReadAllAsync(command, r => (r.GetString(0), r.GetInt64(1)), cancellationToken)
                .ConfigureAwait(false))
            {
                _documents[hash] = number;
            }
        }
    }

    /// <summary>A target's kind and number, recorded or loaded.</summary>
    public bool TryGetTarget(string id, out (MentionTargetKind Kind, long Number) target) => _targets.TryGetValue(id, out target);

    /// <summary>An entity's number (an article's); the batch checked every reference, so a missing one is a fault of ours.</summary>
    public long Entity(string id) => _targets.TryGetValue(id, out var target) && target.Kind == MentionTargetKind.Entity
        ? target.Number
        : throw new InvalidOperationException($"No entity number for {id}.");

    public long Document(string hash) => _documents.TryGetValue(hash, out var number)
        ? number
        : throw new InvalidOperationException($"No document number for {hash}.");
}
