using System.Diagnostics;
using Graph.Bolt;
using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Tests.Support;
using static Graph.Storage.Neo4j.Tests.Support.StoreScripts;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>
/// Start-up against a server that is late or answers wrongly: the schema goes on in the background, off every request,
/// and an answer Neo4j would never give is a clear protocol error that leaves the store up and unavailable.
/// </summary>
public sealed partial class Neo4jGraphStoreFaultTests
{
    [Fact]
    public async Task While_the_schema_is_applied_in_the_background_a_probe_fails_fast_and_cannot_cancel_it()
    {
        // Down at start; once the server is back, the background attempt is held half-way through the schema. A health
        // probe with a short timeout meanwhile must answer "unavailable" at once without touching the connection (before,
        // it ran the schema itself, was cancelled mid-RUN, broke the connection and started over). The attempt then
        // finishes on its one connection, and the probe after it is answered by the server.
        await using var server = StubServer.Start();
        await server.StopAsync();
        var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var script = new Script().Login();
        var statements = CypherCatalog.SchemaStatements.Append(CypherCatalog.AwaitIndexes).ToList();
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            script.Expect("RUN", f => Assert.Equal(statement, f[0])).Expect("PULL");
            if (i == statements.Count / 2)
            {
                script.Then(_ => Task.FromResult(halfway.TrySetResult())).Await(resume.Task);
            }

            script.Fields().Done();
        }

        script.Expect("BEGIN").Success();
        Query(script, CypherCatalog.Health, [3L]);
        script.Expect("COMMIT").Success().Goodbye();
        await using (var store = Store(server.Uri(), o => o.HealthCheckTimeout = TimeSpan.FromMilliseconds(200)))
        {
            await store.InitializeAsync();
            server.ListenAgain(script);
            await halfway.Task.WaitAsync(TimeSpan.FromSeconds(10));
            var clock = Stopwatch.StartNew();

            var probe = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.CheckHealthAsync());

            Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(200), $"the probe took {clock.Elapsed}");
            Assert.Contains("schema is not applied", probe.Message, StringComparison.Ordinal);
            resume.SetResult();
            await store.SchemaSettled.WaitAsync(TimeSpan.FromSeconds(10));
            await store.CheckHealthAsync();
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task An_aggregate_answered_with_no_record_is_a_protocol_error_that_leaves_the_store_up_and_unavailable()
    {
        // RETURN COUNT {...} always yields one row in Neo4j. A peer that sends none must not end the process (the host's
        // start-up reads these counts to decide whether to load the sample graph): it is reported as unavailable, with a
        // protocol error inside naming the statement, and the next call goes to the server again.
        var script = StartUp(new Script().Login());
        foreach (var statement in new[] { CypherCatalog.EntityCountsByKind, CypherCatalog.RelationCountsByType })
        {
            script.Expect("BEGIN").Success();
            Query(script, statement);
            script.Expect("COMMIT").Success();
        }

        script.Expect("BEGIN").Success();
        Query(script, CypherCatalog.OtherCounts);
        script.Expect("ROLLBACK").Success();
        script.Expect("BEGIN").Success();
        Query(script, CypherCatalog.Health, [3L]);
        await using var server = StubServer.Start(script.Expect("COMMIT").Success().Goodbye());
        await using (var store = Store(server.Uri()))
        {
            await store.InitializeAsync();

            var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.GetStatisticsAsync());

            var protocol = Assert.IsType<BoltProtocolException>(error.InnerException);
            Assert.Contains(nameof(CypherCatalog.OtherCounts), protocol.Message, StringComparison.Ordinal);
            Assert.Contains("protocol error", error.Message, StringComparison.Ordinal);
            await store.CheckHealthAsync();
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_peer_that_is_no_Bolt_server_at_start_up_leaves_the_store_up_and_unavailable_rather_than_ending_the_process()
    {
        // An HTTP port, say: the handshake answer is no Bolt version. Start-up logs it and goes on; calls say unavailable.
        await using var server = StubServer.Start(new Script().Then(async s =>
        {
            await s.ReadHandshakeAsync();
            await s.WriteRawAsync("HTTP"u8.ToArray());
        }));
        await using (var store = Store(server.Uri(), storeClock: new FrozenClock()))
        {
            await store.InitializeAsync();

            var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.CheckHealthAsync());

            Assert.Contains("schema is not applied", error.Message, StringComparison.Ordinal);
            Assert.IsType<BoltProtocolException>(error.InnerException?.InnerException);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }
}
