using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>
/// The store's own conversations with a scripted Bolt server (no Neo4j needed): start-up applies the schema statement by
/// statement, and a batch is written in exactly one transaction with UNWIND statements from the catalog.
/// </summary>
public sealed partial class Neo4jGraphStoreConversationTests
{
    [Fact]
    public async Task Start_up_applies_each_schema_statement_then_waits_for_the_indexes()
    {
        var script = new Script().Login();
        foreach (var statement in CypherCatalog.StartUpStatements)
        {
            script.Expect("RUN", f => Assert.Equal(statement, f[0])).Expect("PULL").Fields().Done();
        }

        await using var server = StubServer.Start(script.Goodbye());
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(Options(server)))
        {
            await store.InitializeAsync();
            await store.InitializeAsync();
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_batch_is_written_in_one_transaction_with_UNWIND_statements_from_the_catalog()
    {
        var dalian = SampleGraph.Dalian;
        var batch = new GraphBatch(SampleDocument.Info, [dalian], [], [], []);
        var script = new Script().Login();
        foreach (var statement in CypherCatalog.StartUpStatements)
        {
            script.Expect("RUN").Expect("PULL").Fields().Done();
        }

        script.Expect("BEGIN").Success();
        Query(script, CypherCatalog.DocumentExists);
        Query(script, CypherCatalog.LockEntities);
        Query(script, CypherCatalog.ExistingMentionKeys);
        Query(script, CypherCatalog.MergeDocument);
        Query(script, CypherCatalog.MergeEntities(EntityKind.Place), parameters =>
        {
            var row = Assert.Single((IEnumerable<object?>)parameters["rows"]!);
            var entity = (IDictionary<string, object?>)row!;
            Assert.Equal(dalian.Id.Value, entity["id"]);
            Assert.Equal(new List<object?> { "大连市", "大连" }, entity["searchTerms"]);
            Assert.Equal("大 大连 市 连 连市", entity["searchTokens"]);
        });
        script.Expect("COMMIT").Success(new() { ["bookmark"] = "FB:1" }).Goodbye();

        await using var server = StubServer.Start(script);
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(Options(server)))
        {
            await store.InitializeAsync();
            var result = await store.UpsertAsync(batch);

            Assert.Equal([dalian.Id], result.CreatedEntities);
            Assert.False(result.DocumentAlreadyKnown);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    private static void Query(Script script, string statement, Action<IDictionary<string, object?>>? check = null) =>
        script.Expect("RUN", f =>
            {
                Assert.Equal(statement, f[0]);
                check?.Invoke((IDictionary<string, object?>)f[1]!);
                Assert.Empty((IDictionary<string, object?>)f[2]!);
            })
            .Expect("PULL").Fields().Done();

    private static Neo4jGraphStoreOptions Options(StubServer server) => new()
    {
        Uri = server.Uri(),
        User = "neo4j",
        Password = "password",
        ConnectionTimeout = TimeSpan.FromSeconds(2),
        ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(2),
    };
}
