using System.Globalization;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Search;
using Graph.Storage.Sqlite.Sql;
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
    private readonly bool _bulk;

    public BatchUpsert(SqliteConnection connection, SqliteTransaction transaction, GraphBatch batch, TimeProvider clock, bool bulk)
    {
        _connection = connection;
        _transaction = transaction;
        _batch = batch;
        _clock = clock;
        _bulk = bulk;
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

        var deferred = new DeferredIndexes(_connection, _transaction);
        if (_bulk)
        {
            var newEntities = entities.Count(e => !stored.ContainsKey(e.Id.Value));
            await deferred.DeferAsync(IndexedTable.Entities, newEntities, cancellationToken).ConfigureAwait(false);
            await deferred.DeferAsync(IndexedTable.SearchTerms, newEntities, cancellationToken).ConfigureAwait(false);
            await deferred.DeferAsync(IndexedTable.Relations, _batch.Relations.Count, cancellationToken).ConfigureAwait(false);
            await deferred.DeferAsync(IndexedTable.Observations, _batch.Observations.Count, cancellationToken).ConfigureAwait(false);
        }

        await using var statements = new BatchStatements(_connection, _transaction);
        await WriteDocumentAsync(statements, cancellationToken).ConfigureAwait(false);

        var created = new List<EntityId>();
        var updated = new List<EntityId>();
        var newTerms = new List<(long EntityNo, string Term)>();
        var createdKinds = new List<EntityKind>();
        foreach (var entity in entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!stored.TryGetValue(entity.Id.Value, out var existing))
            {
                var entityNo = await InsertEntityAsync(statements, entity, cancellationToken).ConfigureAwait(false);
                newTerms.AddRange(SearchText.Terms(entity).Select(t => (entityNo, t)));
                created.Add(entity.Id);
                createdKinds.Add(entity.Kind);
                continue;
            }

            var merged = EntityMerge.Merge(existing.Entity, entity);
            if (EntityMerge.SameContent(existing.Entity, merged))
            {
                continue;
            }

            await UpdateEntityAsync(statements, existing.EntityNo, merged, cancellationToken).ConfigureAwait(false);
            newTerms.AddRange(SearchText.Terms(merged).Except(SearchText.Terms(existing.Entity), StringComparer.Ordinal)
                .Select(t => (existing.EntityNo, t)));
            updated.Add(entity.Id);
        }

        await CountKindsAsync(createdKinds, cancellationToken).ConfigureAwait(false);
        IndexTerms(newTerms, cancellationToken);
        var relations = WriteRelations(cancellationToken);
        var observations = WriteObservations(cancellationToken);
        var mentions = WriteMentions(cancellationToken);
        await deferred.RebuildAsync(cancellationToken).ConfigureAwait(false);
        return new UpsertResult(documentKnown, created, updated, relations, observations, mentions);
    }

    private async Task WriteDocumentAsync(BatchStatements statements, CancellationToken cancellationToken)
    {
        var document = _batch.Document;
        await statements.Document.ExecuteAsync(
            cancellationToken,
            document.Hash,
            document.Name,
            document.Title,
            document.Source,
            ScalarColumns.DateOrNull(document.PublishedAt),
            document.Length,
            _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)).ConfigureAwait(false);
        if (_batch.DocumentText is { } text)
        {
            await statements.DocumentText.ExecuteAsync(cancellationToken, document.Hash, text).ConfigureAwait(false);
        }
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
            JsonColumns.MapOrNull(entity.Attributes),
            NameSortKey.Pinyin(entity.Name)).ConfigureAwait(false);
        return Convert.ToInt64(entityNo, CultureInfo.InvariantCulture);
    }

    // entity_counts gains the batch's new entities per kind in one statement (schema version 8 has no per-row trigger).
    private async Task CountKindsAsync(List<EntityKind> createdKinds, CancellationToken cancellationToken)
    {
        if (createdKinds.Count == 0)
        {
            return;
        }

        var perKind = createdKinds.CountBy(kind => kind.ToString()).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        await RowSets.InsertAsync(
            _connection,
            _transaction,
            SqlCatalog.AddKindCounts,
            perKind,
            static (writer, count) =>
            {
                writer.WriteStringValue(count.Key);
                writer.WriteNumberValue(count.Value);
            },
            cancellationToken).ConfigureAwait(false);
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

    // Names and aliases only ever grow, so the index only ever gains rows. Rows go in in key order: a bulk batch then fills
    // each B-tree page once instead of jumping between pages (search_grams is keyed by gram, which a name order scatters).
    // A new entity has ten grams or so: they are bound by position and stepped directly (PositionalInsert).
    private void IndexTerms(List<(long EntityNo, string Term)> terms, CancellationToken cancellationToken)
    {
        terms.Sort(static (a, b) => a.EntityNo != b.EntityNo ? a.EntityNo.CompareTo(b.EntityNo) : string.CompareOrdinal(a.Term, b.Term));
        var grams = new List<(string Gram, int Length, long EntityNo)>();
        using (var insertTerm = new PositionalInsert(_connection, SqlCatalog.InsertSearchTerm))
        {
            foreach (var (entityNo, term) in terms)
            {
                insertTerm.Row(cancellationToken, entityNo, term);
                var length = SearchText.Length(term);
                grams.AddRange(SearchText.IndexGrams(term).Select(g => (g, length, entityNo)));
            }
        }

        grams.Sort(static (a, b) => a.Gram != b.Gram
            ? string.CompareOrdinal(a.Gram, b.Gram)
            : a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.EntityNo.CompareTo(b.EntityNo));
        using var insertGram = new PositionalInsert(_connection, SqlCatalog.InsertSearchGram);
        foreach (var (gram, length, entityNo) in grams)
        {
            insertGram.Row(cancellationToken, gram, length, entityNo);
        }
    }
}
