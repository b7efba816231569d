using Graph.Bolt;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j.Writing;

/// <summary>
/// Removes what earlier versions of a document (same name, other hash) contributed, inside the caller's write
/// transaction, before the new version is written (see IGraphWriter.ReplaceDocumentAsync). The embedded store's steps and
/// order: a fact goes only when nothing else supports it, a relation with no mention left, an entity with no mention,
/// relation or observation left that the new version does not hold. Keeps its sets per instance, so a retried
/// transaction starts from scratch with a new one.
/// </summary>
internal sealed class DocumentRetraction(BoltTransaction tx)
{
    // Ordinal sets, so the parameters are the same lists in the same order on every run.
    private readonly SortedSet<string> _articles = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _candidates = new(StringComparer.Ordinal);

    /// <summary>Retracts every earlier version of <paramref name="document"/>; returns how many there were.</summary>
    public async Task<int> RetractEarlierVersionsAsync(DocumentInfo document, IEnumerable<EntityId> keep, CancellationToken cancellationToken)
    {
        var earlier = (await ReadAsync(CypherCatalog.EarlierDocumentVersions, new() { ["name"] = document.Name, ["hash"] = document.Hash }, cancellationToken)
                .ConfigureAwait(false))
            .Select(r => (string)r["hash"]!)
            .ToList();
        if (earlier.Count == 0)
        {
            return 0;
        }

        foreach (var hash in earlier)
        {
            await RetractVersionAsync(hash, cancellationToken).ConfigureAwait(false);
        }

        var kept = keep.Select(id => id.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        try
        {
            // Candidates in ordinal order, the order batches lock entities in (see CypherCatalog.LockEntities).
            await ReadAsync(CypherCatalog.DeleteOrphanEntities, new() { ["ids"] = _candidates.ToList(), ["keep"] = kept }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ClientException exception) when (ConcurrentDeletion.Is(exception))
        {
            throw ConcurrentDeletion.Retryable(exception);
        }

        return earlier.Count;
    }

    // One earlier version: its articles and everything its mentions touched become candidates; its mentions, its articles'
    // observations and relations go, then candidate relations no mention supports any more.
    private async Task RetractVersionAsync(string hash, CancellationToken cancellationToken)
    {
        foreach (var record in await ReadAsync(CypherCatalog.ArticlesNamingDocument, new() { ["hash"] = hash }, cancellationToken).ConfigureAwait(false))
        {
            if (ScalarValues.ParseMap(record["attributes"]) is { } attributes
                && attributes.TryGetValue(EntityAttributes.Document, out var named)
                && string.Equals(named, hash, StringComparison.Ordinal))
            {
                _articles.Add((string)record["id"]!);
            }
        }

        var mentions = Records.Single(
            await ReadAsync(CypherCatalog.DeleteDocumentMentions, new() { ["hash"] = hash }, cancellationToken).ConfigureAwait(false),
            nameof(CypherCatalog.DeleteDocumentMentions));
        _articles.UnionWith(ScalarValues.Strings(mentions["articles"]));
        _candidates.UnionWith(_articles);
        _candidates.UnionWith(ScalarValues.Strings(mentions["targets"]));

        var articles = _articles.ToList();
        foreach (var (name, statement) in new[]
                 {
                     (nameof(CypherCatalog.DeleteArticleObservations), CypherCatalog.DeleteArticleObservations),
                     (nameof(CypherCatalog.DeleteArticleRelations), CypherCatalog.DeleteArticleRelations),
                 })
        {
            var ends = Records.Single(await ReadAsync(statement, new() { ["articles"] = articles }, cancellationToken).ConfigureAwait(false), name);
            _candidates.UnionWith(ScalarValues.Strings(ends["ids"]));
        }

        foreach (var relation in await ReadAsync(CypherCatalog.DeleteUnmentionedRelations, new() { ["ids"] = _candidates.ToList() }, cancellationToken)
            .ConfigureAwait(false))
        {
            _candidates.Add((string)relation["from"]!);
            _candidates.Add((string)relation["to"]!);
        }

        await ReadAsync(CypherCatalog.DeleteDocument, new() { ["hash"] = hash }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<BoltRecord>> ReadAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = await tx.RunAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        return await result.ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
