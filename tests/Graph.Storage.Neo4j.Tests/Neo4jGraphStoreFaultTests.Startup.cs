using System.Diagnostics;
using Graph.Bolt;
using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Tests.Support;
using Microsoft.Extensions.Logging;
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
        var statements = CypherCatalog.StartUpStatements.ToList();
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

    [Fact]
    public async Task A_schema_that_does_not_come_within_its_timeout_at_start_up_leaves_the_store_up_and_unavailable()
    {
        await using var server = StubServer.Start(new Script().Login()
            .Expect("RUN", f => Assert.Equal(CypherCatalog.SchemaStatements[0], f[0])).Expect("PULL").Stall());
        var logger = new CapturingLogger();
        await using (var store = Store(server.Uri(), o => o.SchemaTimeout = TimeSpan.FromMilliseconds(300), logger: logger, storeClock: new FrozenClock()))
        {
            var clock = Stopwatch.StartNew();

            await store.InitializeAsync();

            Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(300) + ColdPrompt, $"start-up took {clock.Elapsed}");
            var (level, message, _) = Assert.Single(logger.Entries);
            Assert.Equal(LogLevel.Error, level);
            var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.CheckHealthAsync());
            Assert.Contains("not applied within 0.3 s", error.Message, StringComparison.Ordinal);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task Indexes_that_fail_to_come_online_are_logged_and_the_store_serves_anyway()
    {
        var script = new Script().Login();
        foreach (var statement in CypherCatalog.SchemaStatements)
        {
            script.Expect("RUN", f => Assert.Equal(statement, f[0])).Expect("PULL").Fields().Done();
        }

        script.Expect("RUN", f => Assert.Equal(CypherCatalog.AwaitIndexes, f[0])).Expect("PULL")
            .Failure("Neo.ClientError.Procedure.ProcedureCallFailed", "Index entity_search has failed.").Ignored()
            .Expect("RESET").Success()
            .Expect("RUN", f => Assert.Equal(CypherCatalog.EntitiesWithoutNameKey, f[0])).Expect("PULL").Fields("id", "name").Done()
            .Expect("BEGIN").Success();
        Query(script, CypherCatalog.Health, [3L]);
        await using var server = StubServer.Start(script.Expect("COMMIT").Success().Goodbye());
        var logger = new CapturingLogger();
        await using (var store = Store(server.Uri(), logger: logger))
        {
            await store.InitializeAsync();

            await store.CheckHealthAsync();
            Assert.Contains(logger.Entries, e =>
                e.Level == LogLevel.Warning && e.Message.Contains("entity_search has failed", StringComparison.Ordinal));
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_background_attempt_refused_for_its_credentials_is_reported_and_tried_again()
    {
        // Credentials fixed on the server while the service runs need no restart: the background attempts go on.
        await using var server = StubServer.Start();
        await server.StopAsync();
        var logger = new CapturingLogger();
        await using (var store = Store(server.Uri(), logger: logger))
        {
            await store.InitializeAsync();
            server.ListenAgain(
                new Script().Handshake(Bolt.Protocol.BoltVersion.V5_8).Expect("HELLO").Success()
                    .Expect("LOGON").Failure("Neo.ClientError.Security.Unauthorized", "The client is unauthorized.").Stall(),
                StartUp(new Script().Login()).Goodbye());
            var waited = Stopwatch.StartNew();
            while (!logger.Entries.Any(e => e.Level == LogLevel.Warning) && waited.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(20);
            }

            var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.CheckHealthAsync());
            Assert.Contains("unauthorized", error.Message, StringComparison.Ordinal);
            await store.SchemaSettled.WaitAsync(TimeSpan.FromSeconds(10));
        }

        await server.VerifyAsync(expectedConnections: 2);
    }
}
