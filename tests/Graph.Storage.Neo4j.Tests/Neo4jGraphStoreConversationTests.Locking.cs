using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Neo4j.Cypher;
using static Graph.Storage.Neo4j.Tests.Support.StoreScripts;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>
/// What a real server needs from the store's conversations: write locks before an entity is read for merging, a
/// transaction timeout on every read, and export streams that a server can serve in index order.
/// </summary>
public sealed partial class Neo4jGraphStoreConversationTests
{
    [Fact]
    public async Task A_batch_locks_its_entities_and_those_it_refers_to_in_ordinal_order_before_it_reads_any_of_them()
    {
        // Liaoning is new, Dalian stored and unchanged, China only referenced (by LiaoningInChina). The one lock statement
        // names all three in ordinal order and is the first read of an entity: nothing is read unlocked and merged.
        var liaoning = SampleGraph.Liaoning with { Aliases = ["辽宁", "辽"] };
        var batch = new GraphBatch(
            SampleDocument.Info, [liaoning, SampleGraph.Dalian], [SampleGraph.DalianInLiaoning, SampleGraph.LiaoningInChina], [], []);
        var expectedLocks = new[] { SampleGraph.China, SampleGraph.Dalian, SampleGraph.Liaoning }
            .Select(e => e.Id.Value).Order(StringComparer.Ordinal).Cast<object?>().ToList();
        var script = StartUp(new Script().Login()).Expect("BEGIN", f => Assert.Empty((IDictionary<string, object?>)f[0]!)).Success();
        Query(script, CypherCatalog.DocumentExists);
        script.Expect("RUN", f =>
            {
                Assert.Equal(CypherCatalog.LockEntities, f[0]);
                Assert.Equal(expectedLocks, ((IDictionary<string, object?>)f[1]!)["ids"]);
            })
            .Expect("PULL").Fields("e").Record(Node(SampleGraph.China)).Record(Node(SampleGraph.Dalian)).Done();
        Query(script, CypherCatalog.RelationsById);
        Query(script, CypherCatalog.ExistingMentionKeys);
        Query(script, CypherCatalog.MergeDocument);
        Query(script, CypherCatalog.MergeEntities(EntityKind.Place), p =>
            Assert.Equal(SampleGraph.Liaoning.Id.Value, ((IDictionary<string, object?>)Assert.Single((IEnumerable<object?>)p["rows"]!)!)["id"]));
        Query(script, CypherCatalog.MergeRelations(RelationType.LocatedIn));
        await using var server = StubServer.Start(script.Expect("COMMIT").Success(new() { ["bookmark"] = "FB:1" }).Goodbye());
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(Options(server)))
        {
            await store.InitializeAsync();
            var result = await store.UpsertAsync(batch);

            Assert.Equal([SampleGraph.Liaoning.Id], result.CreatedEntities);
            Assert.Empty(result.UpdatedEntities);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task Every_read_transaction_carries_the_read_timeout_and_every_export_stream_the_export_timeout()
    {
        var script = StartUp(new Script().Login())
            .Expect("BEGIN", f =>
            {
                var extra = (IDictionary<string, object?>)f[0]!;
                Assert.Equal(12_000L, extra["tx_timeout"]);
                Assert.Equal("r", extra["mode"]);
            })
            .Success();
        Query(script, CypherCatalog.EntitiesById);
        script.Expect("COMMIT").Success()
            .Expect("RUN", f =>
            {
                Assert.Equal(CypherCatalog.AllEntities, f[0]);
                Assert.Equal(7_200_000L, ((IDictionary<string, object?>)f[2]!)["tx_timeout"]);
            })
            .Expect("PULL").Fields("e").Done();
        await using var server = StubServer.Start(script.Goodbye());
        var options = Options(server);
        options.ReadTimeout = TimeSpan.FromSeconds(12);
        options.ExportTimeout = TimeSpan.FromHours(2);
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(options))
        {
            await store.InitializeAsync();
            await store.GetEntitiesAsync([SampleGraph.Dalian.Id]);
            await foreach (var _ in store.ReadAllEntitiesAsync())
            {
            }
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task Relations_are_exported_one_index_ordered_stream_per_type_and_merged_into_one_ID_order()
    {
        // Two relations of every type, their IDs interleaving across types: each stream is in ID order (its type's own
        // index, so the server sorts nothing) and the store merges them. Every stream holds its connection until drained.
        var relations = RelationTypes.All
            .SelectMany((type, t) => Enumerable.Range(0, 2).Select(k => new Relation(
                new($"relation_{k}_{t:00}"), type, SampleGraph.Dalian.Id, SampleGraph.Liaoning.Id, new Dictionary<string, string>())))
            .ToList();
        var scripts = new List<Script>();
        foreach (var type in RelationTypes.All)
        {
            var script = (scripts.Count == 0 ? StartUp(new Script().Login()) : new Script().Login())
                .Expect("RUN", f => Assert.Equal(CypherCatalog.AllRelationsOfType(type), f[0]))
                .Expect("PULL").Fields("id", "type", "from", "to", "properties");
            foreach (var relation in relations.Where(r => r.Type == type))
            {
                script.Record(relation.Id.Value, type.ToName(), relation.From.Value, relation.To.Value, new Dictionary<string, object?>());
            }

            scripts.Add(script.Done().Goodbye());
        }

        await using var server = StubServer.Start([.. scripts]);
        var exported = new List<string>();
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(Options(server)))
        {
            await store.InitializeAsync();
            await foreach (var relation in store.ReadAllRelationsAsync())
            {
                exported.Add(relation.Id.Value);
            }
        }

        Assert.Equal(relations.Select(r => r.Id.Value).Order(StringComparer.Ordinal), exported);
        await server.VerifyAsync(expectedConnections: RelationTypes.All.Count);
    }
}
