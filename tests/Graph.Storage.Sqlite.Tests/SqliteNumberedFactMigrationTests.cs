using System.Text.Json;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Sqlite.Schema;
using Graph.Storage.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>
/// Schema version 9 (<see cref="NumberedFactSchema"/>) rebuilds relations, observations, documents and mentions in place. A
/// database at version 8 holding the sample graph and a second document's mentions is made from a store at the latest
/// version (its rows turned back into the version 8 layout, text IDs and hashes where numbers are now); migrated, it gives
/// the same export, provenance and search answers as the store it was made from.
/// </summary>
public sealed class SqliteNumberedFactMigrationTests : IDisposable
{
    private const string OtherText = "大连市举办博览会。一季度服务外包合同签约额同比增长57%。";

    private static readonly DocumentInfo Other = new(StableIds.DocumentHash(OtherText), "other.txt", null, null, null, OtherText.Length);

    private static readonly Entity OtherArticle = Entity.Create(EntityKind.Article, $"{Other.Hash}#1") with
    {
        Name = "大连市举办博览会",
        Attributes = new Dictionary<string, string> { [EntityAttributes.Document] = Other.Hash, [EntityAttributes.Ordinal] = "1" },
    };

    private readonly TemporaryDatabase _reference = new();
    private readonly TemporaryDatabase _old = new();

    public void Dispose()
    {
        _reference.Dispose();
        _old.Dispose();
    }

    [Fact]
    public async Task A_version_8_database_gives_the_same_answers_after_the_migration()
    {
        var expected = await WriteReferenceAsync();
        await WriteVersion8CopyAsync();
        // The answers name what they hold: a relation's mention from the second document, in the export and by target.
        Assert.Equal(2, expected.Count(a => a.Contains(SampleGraph.ExpoInDalian.Id.Value, StringComparison.Ordinal)
                                            && a.Contains(Other.Hash, StringComparison.Ordinal)));

        await using var store = _old.CreateStore();
        await store.InitializeAsync();

        Assert.Equal((long)Migrations.Latest, await RawSqlite.ScalarAsync(_old.FilePath, "PRAGMA user_version"));
        Assert.Equal(expected, await AnswersAsync(store));
        Assert.Empty(await ForeignKeyProblemsAsync(_old.FilePath));
    }

    [Fact]
    public async Task The_migrated_database_takes_new_documents_and_retracts_old_versions()
    {
        await WriteReferenceAsync();
        await WriteVersion8CopyAsync();

        await using var store = _old.CreateStore();
        await store.InitializeAsync();
        // Same name, other text: the earlier version's mentions go, and its article, which nothing else supports.
        var replacement = new GraphBatch(Other with { Hash = StableIds.DocumentHash(OtherText + "。") }, [], [], [], []);
        await store.ReplaceDocumentAsync(replacement);

        var mentions = await store.GetMentionsAsync(
            [SampleGraph.ExpoInDalian.Id.Value, SampleGraph.Dalian.Id.Value, SampleGraph.DalianOutsourcing2025Q1.Id.Value]);
        Assert.All(mentions, m => Assert.Equal(SampleDocument.Hash, m.DocumentHash));
        Assert.Equal(4, mentions.Count);
        Assert.Empty(await store.GetEntitiesAsync([OtherArticle.Id]));
        await store.UpsertAsync(OtherBatch());
        Assert.Equal(7, (await store.GetMentionsAsync(
            [SampleGraph.ExpoInDalian.Id.Value, SampleGraph.Dalian.Id.Value, SampleGraph.DalianOutsourcing2025Q1.Id.Value])).Count);
        Assert.Empty(await ForeignKeyProblemsAsync(_old.FilePath));
    }

    [Fact]
    public async Task A_migration_that_fails_half_way_leaves_the_database_at_version_8()
    {
        var expected = await WriteReferenceAsync();
        await WriteVersion8CopyAsync();
        // A table in the way of the step's fifth CREATE: the four before it have run when it fails.
        await RawSqlite.ScalarAsync(_old.FilePath, "CREATE TABLE mentions_v9 (x)");

        await using (var store = _old.CreateStore())
        {
            await Assert.ThrowsAsync<SqliteException>(() => store.InitializeAsync());
        }

        Assert.Equal(8L, await RawSqlite.ScalarAsync(_old.FilePath, "PRAGMA user_version"));
        Assert.Equal(0L, await RawSqlite.ScalarAsync(_old.FilePath, "SELECT count(*) FROM sqlite_master WHERE name LIKE '%documents_v9%'"));
        Assert.Equal(9L, await RawSqlite.ScalarAsync(_old.FilePath, "SELECT count(target_id) FROM mentions"));

        await RawSqlite.ScalarAsync(_old.FilePath, "DROP TABLE mentions_v9");
        await using var retried = _old.CreateStore();
        await retried.InitializeAsync();
        Assert.Equal(expected, await AnswersAsync(retried));
    }

    private static GraphBatch OtherBatch() => new(
        Other,
        [OtherArticle],
        [],
        [],
        [
            new Mention(SampleGraph.Dalian.Id.Value, OtherArticle.Id, Other.Hash, new TextSpan(0, 3)),
            new Mention(SampleGraph.ExpoInDalian.Id.Value, OtherArticle.Id, Other.Hash, new TextSpan(0, 8)),
            new Mention(SampleGraph.DalianOutsourcing2025Q1.Id.Value, OtherArticle.Id, Other.Hash, new TextSpan(9, 18)),
        ]);

    // The sample graph and a second document citing two of its facts again: mentions of one target from two documents.
    private async Task<List<string>> WriteReferenceAsync()
    {
        await using var store = _reference.CreateStore();
        await store.InitializeAsync();
        await store.UpsertAsync(SampleGraph.Batch with { DocumentText = SampleDocument.Text });
        await store.UpsertAsync(OtherBatch());
        return await AnswersAsync(store);
    }

    // The reference store's rows in the layout of version 8, written under the schema steps 1 to 8.
    private async Task WriteVersion8CopyAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_old.FilePath)!);
        await using var connection = await RawSqlite.OpenAsync(_old.FilePath);
        foreach (var migration in Migrations.All.Where(m => m.Version <= 8))
        {
            await RawSqlite.ScalarAsync(connection, migration.Sql);
        }

        await RawSqlite.ScalarAsync(connection, $"""
            ATTACH DATABASE '{_reference.FilePath}' AS ref;
            INSERT INTO entities SELECT * FROM ref.entities;
            INSERT INTO search_terms SELECT * FROM ref.search_terms;
            INSERT INTO search_grams SELECT * FROM ref.search_grams;
            INSERT INTO entity_counts SELECT * FROM ref.entity_counts;
            INSERT INTO documents (hash, name, title, source, published_at, length, ingested_at)
                SELECT hash, name, title, source, published_at, length, ingested_at FROM ref.documents;
            INSERT INTO document_texts (hash, text) SELECT hash, text FROM ref.document_texts;
            INSERT INTO relations (id, type, from_id, to_id, properties) SELECT id, type, from_id, to_id, properties FROM ref.relations;
            INSERT INTO observations (id, indicator_id, subject_id, value, unit, normalized_value, base_unit, period_start,
                                      period_end, yoy_pct, article_id, is_target, unresolved_period)
                SELECT id, indicator_id, subject_id, value, unit, normalized_value, base_unit, period_start,
                       period_end, yoy_pct, article_id, is_target, unresolved_period FROM ref.observations;
            INSERT INTO mentions (target_id, document_hash, span_start, span_length, article_id)
                SELECT CASE m.target_kind WHEN 0 THEN (SELECT id FROM ref.entities WHERE entity_no = m.target_no)
                                          WHEN 1 THEN (SELECT id FROM ref.relations WHERE relation_no = m.target_no)
                                          ELSE (SELECT id FROM ref.observations WHERE observation_no = m.target_no) END,
                       d.hash, m.span_start, m.span_length, a.id
                FROM ref.mentions m JOIN ref.documents d ON d.document_no = m.document_no
                JOIN ref.entities a ON a.entity_no = m.article_no;
            PRAGMA user_version = 8;
            """);
        await RawSqlite.ScalarAsync(connection, "DETACH DATABASE ref");
    }

    // Everything a reader can see of the two documents: the export, provenance by target, documents and a search.
    private static async Task<List<string>> AnswersAsync(SqliteGraphStore store)
    {
        var answers = new List<string>();
        await foreach (var entity in store.ReadAllEntitiesAsync())
        {
            answers.Add(JsonSerializer.Serialize(entity));
        }

        await foreach (var relation in store.ReadAllRelationsAsync())
        {
            answers.Add(JsonSerializer.Serialize(relation));
        }

        await foreach (var observation in store.ReadAllObservationsAsync())
        {
            answers.Add(JsonSerializer.Serialize(observation));
        }

        await foreach (var mention in store.ReadAllMentionsAsync())
        {
            answers.Add(JsonSerializer.Serialize(mention));
        }

        await foreach (var document in store.ReadAllDocumentsAsync())
        {
            answers.Add(JsonSerializer.Serialize(document));
        }

        string[] targets =
        [
            SampleGraph.Dalian.Id.Value, SampleGraph.ExpoInDalian.Id.Value, SampleGraph.DalianOutsourcing2025Q1.Id.Value,
            SampleGraph.WangWorksForMiit.Id.Value, "no-such-target",
        ];
        answers.AddRange((await store.GetMentionsAsync(targets)).Select(m => JsonSerializer.Serialize(m)));
        answers.AddRange((await store.GetDocumentTextsAsync([SampleDocument.Hash])).Select(t => t.Text));
        answers.AddRange((await store.SearchAsync(new SearchQuery("大连", 10))).Items.Select(h => JsonSerializer.Serialize(h)));
        answers.Add(JsonSerializer.Serialize(await store.GetStatisticsAsync()));
        return answers;
    }

    private static async Task<List<string>> ForeignKeyProblemsAsync(string path)
    {
        await using var connection = await RawSqlite.OpenAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check";
        var problems = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            problems.Add(reader.GetString(0));
        }

        return problems;
    }
}
