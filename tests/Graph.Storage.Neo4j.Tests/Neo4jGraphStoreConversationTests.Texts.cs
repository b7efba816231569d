using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>Document texts on the wire: set on the Document node in the batch's transaction, unless KeepText is off; read by hash.</summary>
public sealed partial class Neo4jGraphStoreConversationTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_batch_with_its_text_sets_it_on_the_document_node_only_when_the_store_keeps_texts(bool keepText)
    {
        var batch = new GraphBatch(SampleDocument.Info, [SampleGraph.Dalian], [], [], []) { DocumentText = SampleDocument.Text };
        var script = Started();
        script.Expect("BEGIN").Success();
        Query(script, CypherCatalog.DocumentExists);
        Query(script, CypherCatalog.LockEntities);
        Query(script, CypherCatalog.ExistingMentionKeys);
        Query(script, CypherCatalog.MergeDocument, parameters =>
            Assert.False(((IDictionary<string, object?>)parameters["document"]!).ContainsKey("text")));
        if (keepText)
        {
            Query(script, CypherCatalog.SetDocumentText, parameters =>
            {
                Assert.Equal(SampleDocument.Hash, parameters["hash"]);
                Assert.Equal(SampleDocument.Text, parameters["text"]);
            });
        }

        Query(script, CypherCatalog.MergeEntities(EntityKind.Place));
        script.Expect("COMMIT").Success(new() { ["bookmark"] = "FB:1" }).Goodbye();

        await using var server = StubServer.Start(script);
        var options = Options(server);
        options.KeepText = keepText;
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(options))
        {
            await store.InitializeAsync();
            await store.UpsertAsync(batch);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task Texts_are_read_by_hash_in_one_statement_and_no_hashes_send_nothing()
    {
        var script = Started();
        script.Expect("BEGIN").Success()
            .Expect("RUN", f =>
            {
                Assert.Equal(CypherCatalog.DocumentTextsByHash, f[0]);
                Assert.Equal(new List<object?> { SampleDocument.Hash }, ((IDictionary<string, object?>)f[1]!)["hashes"]);
            })
            .Expect("PULL").Fields("hash", "text").Record(SampleDocument.Hash, SampleDocument.Text).Done()
            .Expect("COMMIT").Success(new() { ["bookmark"] = "FB:1" }).Goodbye();

        await using var server = StubServer.Start(script);
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(Options(server)))
        {
            await store.InitializeAsync();
            Assert.Empty(await store.GetDocumentTextsAsync([]));
            var text = Assert.Single(await store.GetDocumentTextsAsync([SampleDocument.Hash, SampleDocument.Hash]));

            Assert.Equal(SampleDocument.Text, text.Text);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    private static Script Started()
    {
        var script = new Script().Login();
        foreach (var statement in CypherCatalog.StartUpStatements)
        {
            script.Expect("RUN").Expect("PULL").Fields().Done();
        }

        return script;
    }
}
