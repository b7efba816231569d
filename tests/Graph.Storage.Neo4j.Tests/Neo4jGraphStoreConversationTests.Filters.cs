using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Domain.Store.Filtering;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Neo4j.Cypher;
using static Graph.Storage.Neo4j.Tests.Support.StoreScripts;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>
/// A filtered list, read from the end, and its count, as the store sends them: one statement each, built by the
/// translators the catalog's lint samples come from, with every value a parameter; the rows come back in list order.
/// </summary>
public sealed partial class Neo4jGraphStoreConversationTests
{
    [Fact]
    public async Task A_filtered_page_from_the_end_and_its_count_are_one_parameterized_statement_each()
    {
        var where = new AllOf(
        [
            new WithinCondition(SampleGraph.Liaoning.Id, 4),
            TextCondition.Of(TextField.Name, TextOperator.StartsWith, "大"),
        ]);
        var query = new EntityListQuery(EntityKind.Place, 1, Order: EntityOrder.NamePinyinAscending, Where: where, FromEnd: true);
        var pageStatement = EntityPageCypher.Page(query, EntityPaging.Of(query), []);
        var countStatement = EntityPageCypher.Count(query, []);
        var script = StartUp(new Script().Login()).Expect("BEGIN").Success();
        script.Expect("RUN", f =>
            {
                Assert.Equal(pageStatement, f[0]);
                var parameters = (IDictionary<string, object?>)f[1]!;
                Assert.Equal("Place", parameters["kind"]);
                Assert.Contains(SampleGraph.Liaoning.Id.Value, parameters.Values);
                Assert.Contains("大", parameters.Values);
                Assert.Equal(2L, parameters["limit"]);
            })
            .Expect("PULL").Fields("e").Record(Node(SampleGraph.Shenyang)).Record(Node(SampleGraph.Dalian)).Done()
            .Expect("COMMIT").Success();
        script.Expect("BEGIN").Success()
            .Expect("RUN", f => Assert.Equal(countStatement, f[0]))
            .Expect("PULL").Fields("count").Record(2L).Done()
            .Expect("COMMIT").Success();
        await using var server = StubServer.Start(script.Goodbye());
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(Options(server)))
        {
            await store.InitializeAsync();
            var page = await store.ListEntitiesAsync(query);
            var count = await store.CountEntitiesAsync(query);

            Assert.Equal(SampleGraph.Shenyang.Id, Assert.Single(page.Items).Node.Id);
            Assert.True(page.HasPreviousPage);
            Assert.False(page.HasNextPage);
            Assert.Equal(2, count);
        }

        await server.VerifyAsync(expectedConnections: 1);
        Assert.DoesNotContain("'", pageStatement, StringComparison.Ordinal);
        Assert.Contains("*0..3]", pageStatement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_gives_entities_written_without_a_pinyin_key_the_key_ICU_computes()
    {
        var script = new Script().Login();
        foreach (var statement in CypherCatalog.StartUpStatements.SkipLast(1))
        {
            script.Expect("RUN", f => Assert.Equal(statement, f[0])).Expect("PULL").Fields().Done();
        }

        script.Expect("RUN", f => Assert.Equal(CypherCatalog.EntitiesWithoutNameKey, f[0])).Expect("PULL")
            .Fields("id", "name").Record(SampleGraph.Dalian.Id.Value, SampleGraph.Dalian.Name).Done()
            .Expect("RUN", f =>
            {
                Assert.Equal(CypherCatalog.SetNameKeys, f[0]);
                var row = (IDictionary<string, object?>)Assert.Single((IEnumerable<object?>)((IDictionary<string, object?>)f[1]!)["rows"]!)!;
                Assert.Equal(SampleGraph.Dalian.Id.Value, row["id"]);
                Assert.Equal(NameSortKey.Pinyin(SampleGraph.Dalian.Name), row["nameKey"]);
            })
            .Expect("PULL").Fields().Done()
            .Expect("RUN", f => Assert.Equal(CypherCatalog.EntitiesWithoutNameKey, f[0])).Expect("PULL").Fields("id", "name").Done();
        await using var server = StubServer.Start(script.Goodbye());
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(Options(server)))
        {
            await store.InitializeAsync();
        }

        await server.VerifyAsync(expectedConnections: 1);
    }
}
