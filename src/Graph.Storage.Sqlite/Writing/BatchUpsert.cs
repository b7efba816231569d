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
        var stored = await Lookups
            .LoadEntityRowsAsync(_connection, _transaction, entities.Select(e => e.Id.Value), cancellationToken)
            .ConfigureAwait(false);
        await CheckReferencesAsync(entities, cancellationToken).ConfigureAwait(false);

        var fresh = entities.Where(e => !stored.ContainsKey(e.Id.Value)).ToList();
        var deferred = new DeferredIndexes(_connection, _transaction);
        if (_bulk)
        {
            await deferred.DeferAsync(IndexedTable.Entities, fresh.Count, cancellationToken).ConfigureAwait(false);
            await deferred.DeferAsync(IndexedTable.SearchTerms, fresh.Count, cancellationToken).ConfigureAwait(false);
            await deferred.DeferAsync(IndexedTable.Relations, _batch.Relations.Count, cancellationToken).ConfigureAwait(false);
            await deferred.DeferAsync(IndexedTable.Observations, _batch.Observations.Count, cancellationToken).ConfigureAwait(false);
        }

        await using var statements = new BatchStatements(_connection, _transaction);
        // The document row is inserted if absent, so it was stored already exactly when the insert adds no row.
        var documentKnown = !await WriteDocumentAsync(statements, cancellationToken).ConfigureAwait(false);

        var numbers = new FactNumbers(_batch.Mentions);
        var created = new List<EntityId>();
        var updated = new List<EntityId>();
        var newTerms = new List<(long EntityNo, string Term)>();
        foreach (var entity in entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!stored.TryGetValue(entity.Id.Value, out var existing))
            {
                var entityNo = InsertEntity(statements, entity, cancellationToken);
                numbers.Add(MentionTargetKind.Entity, entity.Id.Value, entityNo);
                newTerms.AddRange(SearchText.Terms(entity).Select(t => (entityNo, t)));
                created.Add(entity.Id);
                continue;
            }

            numbers.Add(MentionTargetKind.Entity, entity.Id.Value, existing.EntityNo);
            if (existing.Holds(entity))
            {
                continue;
            }

            var before = existing.ToEntity();
            var merged = EntityMerge.Merge(before, entity);
            if (EntityMerge.SameContent(before, merged))
            {
                continue;
            }

            await UpdateEntityAsync(statements, existing.EntityNo, merged, cancellationToken).ConfigureAwait(false);
            newTerms.AddRange(SearchText.Terms(merged).Except(SearchText.Terms(before), StringComparer.Ordinal)
                .Select(t => (existing.EntityNo, t)));
            updated.Add(entity.Id);
        }

        await CountKindsAsync(fresh, cancellationToken).ConfigureAwait(false);
        IndexTerms(newTerms, cancellationToken);
        var relations = WriteRelations(numbers, cancellationToken);
        var observations = WriteObservations(numbers, cancellationToken);
        var mentions = await WriteMentionsAsync(numbers, cancellationToken).ConfigureAwait(false);
        await deferred.RebuildAsync(cancellationToken).ConfigureAwait(false);
        return new UpsertResult(documentKnown, created, updated, relations, observations, mentions);
    }

    /// <summary>Inserts the document's row if absent, and its text if kept and absent; whether the row was inserted.</summary>
    private async Task<bool> WriteDocumentAsync(BatchStatements statements, CancellationToken cancellationToken)
    {
        var document = _batch.Document;
        var inserted = await statements.Document.ExecuteAsync(
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

        return inserted > 0;
    }

    private static long InsertEntity(BatchStatements statements, Entity entity, CancellationToken cancellationToken)
    {
        var insert = statements.InsertEntity;
        insert.Text(1, entity.Id.Value);
        insert.Text(2, entity.Kind.ToString());
        insert.Text(3, entity.Name);
        insert.Text(4, JsonColumns.Array(entity.Aliases));
        insert.Text(5, entity.Subtype);
        insert.Text(6, ScalarColumns.DateOrNull(entity.StartDate) as string);
        insert.Text(7, ScalarColumns.DateOrNull(entity.EndDate) as string);
        insert.Text(8, JsonColumns.MapOrNull(entity.Attributes) as string);
        insert.Text(9, NameSortKey.Pinyin(entity.Name));
        return insert.InsertReturningInteger(cancellationToken);
    }

    // entity_counts gains the batch's new entities per kind in one statement (schema version 8 has no per-row trigger).
    private async Task CountKindsAsync(List<Entity> fresh, CancellationToken cancellationToken)
    {
        if (fresh.Count == 0)
        {
            return;
        }

        var perKind = fresh.CountBy(e => e.Kind.ToString()).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
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
    // A new entity has ten grams or so: they are bound by position and stepped directly (PositionalInsert); sorted by gram, most
    // postings share the previous one's gram and length, which stay bound (GramPosting).
    private void IndexTerms(List<(long EntityNo, string Term)> terms, CancellationToken cancellationToken)
    {
        terms.Sort(static (a, b) => a.EntityNo != b.EntityNo ? a.EntityNo.CompareTo(b.EntityNo) : string.CompareOrdinal(a.Term, b.Term));
        var postings = new List<GramPosting>();
        using (var insertTerm = new PositionalInsert(_connection, SqlCatalog.InsertSearchTerm))
        {
            foreach (var (entityNo, term) in terms)
            {
                insertTerm.Integer(1, entityNo);
                insertTerm.Text(2, term);
                insertTerm.Insert(cancellationToken);
                GramPosting.AddTo(postings, term, entityNo);
            }
        }

        postings.Sort();
        using var insertGram = new PositionalInsert(_connection, SqlCatalog.InsertSearchGram);
        Span<byte> gram = stackalloc byte[GramPosting.MaxUtf8Bytes];
        for (var i = 0; i < postings.Count; i++)
        {
            var posting = postings[i];
            if (i == 0 || posting.Gram != postings[i - 1].Gram)
            {
                insertGram.Text(1, gram[..posting.GramUtf8(gram)]);
            }

            if (i == 0 || posting.Length != postings[i - 1].Length)
            {
                insertGram.Integer(2, posting.Length);
            }

            insertGram.Integer(3, posting.EntityNo);
            insertGram.Insert(cancellationToken);
        }
    }
}
