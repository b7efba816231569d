using Graph.Bolt.Tests.Support.Stub;
using Graph.Bolt;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Neo4j.Cypher;
using static Graph.Storage.Neo4j.Tests.Support.StoreScripts;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>
/// An observation page from the end, as the store sends it: the catalog's last-first statement with the before cursor's
/// four keys as parameters; the rows come back last first and the page holds them in list order.
/// </summary>
public sealed partial class Neo4jGraphStoreConversationTests
{
    [Fact]
    public async Task An_observation_page_from_the_end_reads_last_first_before_the_cursor_and_turns_the_rows_back()
    {
        var cursor = StoreCursors.Observation(SampleGraph.ShenyangGdp2024);
        var query = new ObservationQuery(1, Before: cursor, FromEnd: true);
        var earlier = SampleGraph.Observations.First(o => o.Id != SampleGraph.DalianOutsourcing2025Q1.Id);
        var script = StartUp(new Script().Login()).Expect("BEGIN").Success();
        script.Expect("RUN", f =>
            {
                Assert.Equal(CypherCatalog.ObservationsPageFromEnd, f[0]);
                var parameters = (IDictionary<string, object?>)f[1]!;
                Assert.Equal(SampleGraph.ShenyangGdp2024.Subject.Value, parameters["beforeSubject"]);
                Assert.Equal(SampleGraph.ShenyangGdp2024.Indicator.Value, parameters["beforeIndicator"]);
                Assert.Equal(SampleGraph.ShenyangGdp2024.PeriodStart, parameters["beforeStart"]);
                Assert.Equal(SampleGraph.ShenyangGdp2024.Id.Value, parameters["beforeId"]);
                Assert.Null(parameters["afterId"]);
                Assert.Equal(2L, parameters["limit"]);
            })
            .Expect("PULL").Fields("o")
            .Record(ObservationNode(SampleGraph.DalianOutsourcing2025Q1)).Record(ObservationNode(earlier))
            .Done()
            .Expect("COMMIT").Success();
        await using var server = StubServer.Start(script.Goodbye());
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(Options(server)))
        {
            await store.InitializeAsync();
            var page = await store.GetObservationsAsync(query);

            Assert.Equal(SampleGraph.DalianOutsourcing2025Q1.Id, Assert.Single(page.Items).Node.Id);
            Assert.True(page.HasPreviousPage);
            Assert.True(page.HasNextPage);
        }

        await server.VerifyAsync(expectedConnections: 1);
        Assert.Contains("ORDER BY o.subjectId DESC, o.indicatorId DESC, o.periodStart DESC, o.id DESC", CypherCatalog.ObservationsPageFromEnd, StringComparison.Ordinal);
    }

    private static BoltNode ObservationNode(Observation observation) =>
        new(2, ["Observation"], Graph.Storage.Neo4j.Mapping.Rows.Observation(observation), "4:graph:2");
}
