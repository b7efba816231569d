using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>A replacement: the earlier version's retraction and the new batch go in one transaction, in the embedded store's order.</summary>
public sealed partial class Neo4jGraphStoreConversationTests
{
    private const string OldHash = "0ld0ld";
    private const string OldArticle = "article_0ld0ld_1";

    [Fact]
    public async Task A_replacement_retracts_the_earlier_version_and_writes_the_new_one_in_one_transaction()
    {
        var dalian = SampleGraph.Dalian.Id.Value;
        var liaoning = SampleGraph.Liaoning.Id.Value;
        var relation = SampleGraph.DalianInLiaoning.Id.Value;
        var indicator = SampleGraph.OutsourcingValue.Id.Value;
        var batch = new GraphBatch(SampleDocument.Info, [SampleGraph.Dalian], [], [], []);
        var script = new Script().Login();
        foreach (var statement in CypherCatalog.StartUpStatements)
        {
            script.Expect("RUN").Expect("PULL").Fields().Done();
        }

        script.Expect("BEGIN").Success();
        Answer(script, CypherCatalog.EarlierDocumentVersions, p =>
            {
                Assert.Equal(SampleDocument.Info.Name, p["name"]);
                Assert.Equal(SampleDocument.Info.Hash, p["hash"]);
            },
            ["hash"], [OldHash]);
        // The second article's attributes hold the hash as text but name another document: it is not retracted.
        Answer(script, CypherCatalog.ArticlesNamingDocument, p => Assert.Equal(OldHash, p["hash"]),
            ["id", "attributes"], [OldArticle, $$"""{"document":"{{OldHash}}","ordinal":"1"}"""], ["article_other_1", $$"""{"document":"other","note":"{{OldHash}}"}"""]);
        Answer(script, CypherCatalog.DeleteDocumentMentions, p => Assert.Equal(OldHash, p["hash"]),
            ["articles", "targets"], [List(OldArticle), List(dalian, relation)]);
        Answer(script, CypherCatalog.DeleteArticleObservations, p => Assert.Equal(List(OldArticle), p["articles"]), ["ids"], [List(indicator, dalian)]);
        Answer(script, CypherCatalog.DeleteArticleRelations, p => Assert.Equal(List(OldArticle), p["articles"]), ["ids"], [List(dalian)]);
        Answer(script, CypherCatalog.DeleteUnmentionedRelations, p => Assert.Equal(Sorted(OldArticle, dalian, relation, indicator), p["ids"]),
            ["from", "to"], [dalian, liaoning]);
        Answer(script, CypherCatalog.DeleteDocument, p => Assert.Equal(OldHash, p["hash"]), []);
        Answer(script, CypherCatalog.DeleteOrphanEntities, p =>
            {
                Assert.Equal(Sorted(OldArticle, dalian, relation, indicator, liaoning), p["ids"]);
                Assert.Equal(List(dalian), p["keep"]);
            },
            []);
        Query(script, CypherCatalog.DocumentExists);
        Query(script, CypherCatalog.LockEntities);
        Query(script, CypherCatalog.ExistingMentionKeys);
        Query(script, CypherCatalog.MergeDocument);
        Query(script, CypherCatalog.MergeEntities(EntityKind.Place));
        script.Expect("COMMIT").Success(new() { ["bookmark"] = "FB:2" }).Goodbye();

        await using var server = StubServer.Start(script);
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(Options(server)))
        {
            await store.InitializeAsync();
            var result = await store.ReplaceDocumentAsync(batch);

            Assert.Equal(1, result.DocumentsReplaced);
            Assert.Equal([SampleGraph.Dalian.Id], result.CreatedEntities);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_document_with_no_earlier_version_is_only_upserted_in_the_same_transaction()
    {
        var batch = new GraphBatch(SampleDocument.Info, [SampleGraph.Dalian], [], [], []);
        var script = new Script().Login();
        foreach (var statement in CypherCatalog.StartUpStatements)
        {
            script.Expect("RUN").Expect("PULL").Fields().Done();
        }

        script.Expect("BEGIN").Success();
        Answer(script, CypherCatalog.EarlierDocumentVersions, null, ["hash"]);
        Query(script, CypherCatalog.DocumentExists);
        Query(script, CypherCatalog.LockEntities);
        Query(script, CypherCatalog.ExistingMentionKeys);
        Query(script, CypherCatalog.MergeDocument);
        Query(script, CypherCatalog.MergeEntities(EntityKind.Place));
        script.Expect("COMMIT").Success(new() { ["bookmark"] = "FB:3" }).Goodbye();

        await using var server = StubServer.Start(script);
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(Options(server)))
        {
            await store.InitializeAsync();
            var result = await store.ReplaceDocumentAsync(batch);

            Assert.Equal(0, result.DocumentsReplaced);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    /// <summary>Expects one statement with its parameters and answers it with these columns and rows.</summary>
    private static void Answer(
        Script script, string statement, Action<IDictionary<string, object?>>? check, string[] fields, params object?[][] rows)
    {
        script.Expect("RUN", f =>
            {
                Assert.Equal(statement, f[0]);
                check?.Invoke((IDictionary<string, object?>)f[1]!);
                Assert.Empty((IDictionary<string, object?>)f[2]!);
            })
            .Expect("PULL").Fields(fields);
        foreach (var row in rows)
        {
            script.Record(row);
        }

        script.Done();
    }

    private static List<object?> List(params string[] ids) => [.. ids];

    private static List<object?> Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];
}
