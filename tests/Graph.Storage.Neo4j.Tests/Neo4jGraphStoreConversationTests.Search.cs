using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Neo4j.Cypher;
using static Graph.Storage.Neo4j.Tests.Support.StoreScripts;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>
/// A search page from the end, as the store sends it: the catalog's worst-first statement with the cursor's rank and ID
/// as parameters; the rows come back worst first and the page holds them best first.
/// </summary>
public sealed partial class Neo4jGraphStoreConversationTests
{
    [Fact]
    public async Task A_search_page_from_the_end_reads_worst_first_before_the_cursor_and_turns_the_rows_back()
    {
        // Before the article's title (a long prefix hit): the two prefix hits above it, and the exact hit as the extra row.
        var before = KeysetCursor.Encode("search", "1999990", SampleGraph.Article.Id.Value);
        var query = new SearchQuery("大连", 2, Before: before, FromEnd: true);
        var script = StartUp(new Script().Login()).Expect("BEGIN").Success();
        script.Expect("RUN", f =>
            {
                Assert.Equal(CypherCatalog.SearchFromEnd, f[0]);
                var parameters = (IDictionary<string, object?>)f[1]!;
                Assert.Equal(1999990L, parameters["beforeRank"]);
                Assert.Equal(SampleGraph.Article.Id.Value, parameters["beforeId"]);
                Assert.Null(parameters["afterId"]);
                Assert.Equal(3L, parameters["limit"]);
            })
            .Expect("PULL").Fields("rank", "e")
            .Record(1999995L, Node(SampleGraph.PortGroup)).Record(1999996L, Node(SampleGraph.DalianDaily)).Record(2999998L, Node(SampleGraph.Dalian))
            .Done()
            .Expect("COMMIT").Success();
        await using var server = StubServer.Start(script.Goodbye());
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(Options(server)))
        {
            await store.InitializeAsync();
            var page = await store.SearchAsync(query);

            Assert.Equal([SampleGraph.DalianDaily.Id, SampleGraph.PortGroup.Id], page.Items.Select(h => h.Node.Entity.Id));
            Assert.True(page.HasPreviousPage);
            Assert.True(page.HasNextPage);
        }

        await server.VerifyAsync(expectedConnections: 1);
        Assert.Contains("ORDER BY rank ASC, e.id DESC", CypherCatalog.SearchFromEnd, StringComparison.Ordinal);
    }
}
