using System.Globalization;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Search;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>
/// Writes one batch inside a transaction the caller owns: merges entities, inserts relations, observations and mentions if
/// absent, records the document. Any exception leaves the caller to roll back, so a failed batch writes nothing.
/// </summary>
internal sealed partial class BatchUpsert
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly GraphBatch _batch;
    private readonly TimeProvider _clock;

    public BatchUpsert(SqliteConnection connection, SqliteTransaction transaction, GraphBatch batch, TimeProvider clock)
    {
        _connection = connection;
        _transaction = transaction;
        _batch = batch;
        _clock = clock;
    }

    public async Task<UpsertResult> RunAsync(CancellationToken cancellationToken)
    {
        var entities = EntityMerge.Collapse(_batch.Entities);
        var documentHash = _batch.Document.Hash;
        var documentKnown = (await Lookups
            .LoadDocumentsAsync(_connection, _transaction, [documentHash], cancellationToken)
            .ConfigureAwait(false)).ContainsKey(documentHash);
        var stored = await Lookups
            .LoadEntitiesAsync(_connection, _transaction, entities.Select(e => e.Id.Value), cancellationToken)
            .ConfigureAwait(false);
        await CheckReferencesAsync(entities, cancellationToken).ConfigureAwait(false);

        await using var statements = new BatchStatements(_connection, _transaction);
        await WriteDocumentAsync(statements, cancellationToken).ConfigureAwait(false);

        var created = new List<EntityId>();
        var updated = new List<EntityId>();
        foreach (var entity in entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!stored.TryGetValue(entity.Id.Value, out var existing))
            {
                var entityNo = await InsertEntityAsync(statements, entity, cancellationToken).ConfigureAwait(false);
                await IndexTermsAsync(statements, entityNo, SearchText.Terms(entity), cancellationToken).ConfigureAwait(false);
                created.Add(entity.Id);
                continue;
            }

            var merged = EntityMerge.Merge(existing.Entity, entity);
            if (EntityMerge.SameContent(existing.Entity, merged))
            {
                continue;
            }

            await UpdateEntityAsync(statements, existing.EntityNo, merged, cancellationToken).ConfigureAwait(false);
            var newTerms = SearchText.Terms(merged).Except(SearchText.Terms(existing.Entity), StringComparer.Ordinal);
            await IndexTermsAsync(statements, existing.EntityNo, newTerms, cancellationToken).ConfigureAwait(false);
            updated.Add(entity.Id);
        }

        var relations = await WriteRelationsAsync(statements, cancellationToken).ConfigureAwait(false);
        var observations = await WriteObservationsAsync(statements, cancellationToken).ConfigureAwait(false);
        var mentions = await WriteMentionsAsync(statements, cancellationToken).ConfigureAwait(false);
        return new UpsertResult(documentKnown, created, updated, relations, observations, mentions);
    }

    private Task<int> WriteDocumentAsync(BatchStatements statements, CancellationToken cancellationToken)
    {
        var document = _batch.Document;
        return statements.Document.ExecuteAsync(
            cancellationToken,
            document.Hash,
            document.Name,
            document.Title,
            document.Source,
            ScalarColumns.DateOrNull(document.PublishedAt),
            document.Length,
            _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
    }

    private static async Task<long> InsertEntityAsync(BatchStatements statements, Entity entity, CancellationToken cancellationToken)
    {
        var entityNo = await statements.InsertEntity.ScalarAsync(
            cancellationToken,
            entity.Id.Value,
            entity.Kind.ToString(),
            entity.Name,
            JsonColumns.Array(entity.Aliases),
            entity.Subtype,
            ScalarColumns.DateOrNull(entity.StartDate),
            ScalarColumns.DateOrNull(entity.EndDate),
            JsonColumns.MapOrNull(entity.Attributes)).ConfigureAwait(false);
        return Convert.ToInt64(entityNo, CultureInfo.InvariantCulture);
    }

    private static Task<int> UpdateEntityAsync(
        BatchStatements statements, long entityNo, Entity entity, CancellationToken cancellationToken) =>
        statements.UpdateEntity.ExecuteAsync(
            cancellationToken,
            JsonColumns.Array(entity.Aliases),
            entity.Subtype,
            ScalarColumns.DateOrNull(entity.StartDate),
            ScalarColumns.DateOrNull(entity.EndDate),
            JsonColumns.MapOrNull(entity.Attributes),
            entityNo);

    // Names and aliases only ever grow, so the index only ever gains rows.
    private static async Task IndexTermsAsync(
        BatchStatements statements, long entityNo, IEnumerable<string> terms, CancellationToken cancellationToken)
    {
        foreach (var term in terms)
        {
            await statements.Term.ExecuteAsync(cancellationToken, entityNo, term).ConfigureAwait(false);
            foreach (var gram in SearchText.IndexGrams(term))
            {
                await statements.Gram.ExecuteAsync(cancellationToken, gram, entityNo).ConfigureAwait(false);
            }
        }
    }
}
