using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Neo4j.Cypher;
using static Graph.Storage.Neo4j.Tests.Support.StoreScripts;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>
/// A per-subject or per-indicator observation read, as the store sends it: with its keys given, the statement that cuts each
/// key's rows in a subquery of its own (a hub's figures are never collected whole); without keys, the grouping statement.
/// The page is built from the rows per key either way: one over the bound sets the next-page flag and is left out.
/// </summary>
public sealed partial class Neo4jGraphStoreConversationTests
{
    public static TheoryData<bool, bool> PerKeyShapes => new() { { true, true }, { true, false }, { false, true }, { false, false } };

    [Theory]
    [MemberData(nameof(PerKeyShapes))]
    public async Task A_per_key_observation_read_sends_the_subquery_statement_when_its_keys_are_given(bool perSubject, bool keysGiven)
    {
        // Two figures of one subject and one indicator, in page order.
        var (figure, second) = (SampleGraph.DalianOutsourcing2024Q1, SampleGraph.DalianOutsourcing2025Q1);
        var query = new ObservationQuery(
            1,
            SubjectIds: perSubject && keysGiven ? [figure.Subject, figure.Subject] : null,
            IndicatorIds: !perSubject && keysGiven ? [figure.Indicator] : null,
            FirstPerSubject: perSubject,
            FirstPerIndicator: !perSubject);
        var expected = (perSubject, keysGiven) switch
        {
            (true, true) => CypherCatalog.ObservationsPerGivenSubject,
            (true, false) => CypherCatalog.ObservationsPerSubject,
            (false, true) => CypherCatalog.ObservationsPerGivenIndicator,
            (false, false) => CypherCatalog.ObservationsPerIndicator,
        };
        var script = StartUp(new Script().Login()).Expect("BEGIN").Success();
        script.Expect("RUN", f =>
            {
                Assert.Equal(expected, f[0]);
                var parameters = (IDictionary<string, object?>)f[1]!;
                Assert.Equal(2L, parameters["perKey"]);
                if (perSubject && keysGiven)
                {
                    // Each key once: a repeated key would run its subquery twice and return its rows twice.
                    Assert.Equal([figure.Subject.Value], (IEnumerable<object?>)parameters["subjects"]!);
                }
            })
            .Expect("PULL").Fields("o")
            .Record(ObservationNode(figure)).Record(ObservationNode(second))
            .Done()
            .Expect("COMMIT").Success();
        await using var server = StubServer.Start(script.Goodbye());
        await using (var store = (Neo4jGraphStore)Neo4jGraphStoreFactory.Create(Options(server)))
        {
            await store.InitializeAsync();
            var page = await store.GetObservationsAsync(query);

            Assert.Single(page.Items);
            Assert.True(page.HasNextPage);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }
}
