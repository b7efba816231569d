using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Neo4j.Cypher;
using static Graph.Storage.Neo4j.Tests.Support.StoreScripts;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>
/// A page of an anchor's relations from the end, as the store sends it: the catalog's FromEnd statement with the before
/// cursor as a parameter; the rows come back last first and stay so for the caller to turn back.
/// </summary>
public sealed partial class Neo4jGraphStoreConversationTests
{
    [Fact]
    public async Task A_relation_page_from_the_end_reads_last_first_before_the_cursor()
    {
        Relation[] rows = [SampleGraph.PortInDalian, SampleGraph.ExpoInDalian];
        var before = "relation_zzzz";
        var query = new RelationQuery([SampleGraph.Dalian.Id], RelationDirection.Incoming, 2, Before: before, FromEnd: true);
        var script = StartUp(new Script().Login()).Expect("BEGIN").Success();
        script.Expect("RUN", f =>
            {
                Assert.Equal(CypherCatalog.RelationsOfAnchorsIncomingFromEnd, f[0]);
                var parameters = (IDictionary<string, object?>)f[1]!;
                Assert.Equal(before, parameters["before"]);
                Assert.Null(parameters["after"]);
                Assert.Equal(2L, parameters["first"]);
            })
            .Expect("PULL").Fields("anchor", "id", "type", "from", "to", "properties");
        foreach (var relation in rows)
        {
            script.Record(
                SampleGraph.Dalian.Id.Value, relation.Id.Value, relation.Type.ToName(), relation.From.Value, relation.To.Value,
                new Dictionary<string, object?>());
        }

        script.Done().Expect("COMMIT").Success();
        await using var server = StubServer.Start(script.Goodbye());
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(Options(server)))
        {
            await store.InitializeAsync();
            var relations = await store.GetRelationsAsync(query);

            Assert.Equal(rows.Select(r => r.Id), relations.Select(r => r.Relation.Id));
            Assert.All(relations, r => Assert.Equal(r.Relation.Id.Value, r.Cursor));
        }

        await server.VerifyAsync(expectedConnections: 1);
        Assert.Contains("ORDER BY r.id DESC LIMIT $first", CypherCatalog.RelationsOfAnchorsIncomingFromEnd, StringComparison.Ordinal);
        Assert.Contains("ORDER BY anchor, id DESC", CypherCatalog.RelationsOfAnchorsIncomingFromEnd, StringComparison.Ordinal);
    }
}
