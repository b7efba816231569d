using System.Diagnostics;
using Graph.Bolt;
using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Tests.Support;
using static Graph.Storage.Neo4j.Tests.Support.StoreScripts;
using Microsoft.Extensions.Logging;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>
/// The store's side of the Neo4j faults, each a conversation with a scripted Bolt server: a connection dropped mid-batch,
/// a commit whose answer is lost, a retry budget that runs out, transient errors, a server that stalls, restarts, is not
/// there at start-up, or refuses the credentials. Every call ends in a clean retry, a
/// <see cref="GraphStoreUnavailableException"/>, the caller's own <see cref="OperationCanceledException"/>, or (for
/// mistakes no retry fixes) the original error; never a hang and never a partial batch.
/// </summary>
public sealed partial class Neo4jGraphStoreFaultTests
{
    private const string Unavailable = "Neo.TransientError.General.DatabaseUnavailable";

    /// <summary>How soon after cancellation, or after a timeout expires, the caller must have its answer.</summary>
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(1);

    /// <summary>The same bound for a path that also opens the process's first connections (JIT, a loaded CI machine).</summary>
    private static readonly TimeSpan ColdPrompt = TimeSpan.FromSeconds(3);

    private static readonly Entity Dalian = SampleGraph.Dalian;

    private static readonly GraphBatch DalianBatch = new(SampleDocument.Info, [Dalian], [], [], []);

    [Fact]
    public async Task A_connection_dropped_mid_batch_is_retried_on_a_new_connection_and_the_batch_commits_once()
    {
        var dropped = StartUp(new Script().Login()).Expect("BEGIN").Success();
        Query(dropped, CypherCatalog.DocumentExists);
        Query(dropped, CypherCatalog.LockEntities);
        dropped.Expect("RUN", f => Assert.Equal(CypherCatalog.ExistingMentionKeys, f[0])).Expect("PULL").Drop();
        await using var server = StubServer.Start(dropped, WholeBatch(new Script().Login()).Goodbye());
        var clock = new FastForwardClock();
        await using (var store = Store(server.Uri(), clock: clock))
        {
            await store.InitializeAsync();

            var result = await store.UpsertAsync(DalianBatch);

            Assert.Equal([Dalian.Id], result.CreatedEntities);
            Assert.Single(clock.Pauses);
        }

        await server.VerifyAsync(expectedConnections: 2);
        Assert.DoesNotContain("COMMIT", server.Received[1]);
        Assert.Single(server.Received[2], "COMMIT");
    }

    [Fact]
    public async Task A_commit_whose_answer_is_lost_is_rerun_and_the_rerun_finds_the_batch_already_written()
    {
        var lost = WholeBatch(StartUp(new Script().Login()), commit: false).Expect("COMMIT").Drop();
        // The first COMMIT went through: the rerun finds the document and the entity, and so writes no entity again.
        var rerun = new Script().Login().Expect("BEGIN").Success();
        Query(rerun, CypherCatalog.DocumentExists, [SampleDocument.Hash]);
        Query(rerun, CypherCatalog.LockEntities, [Node(Dalian)]);
        Query(rerun, CypherCatalog.ExistingMentionKeys);
        Query(rerun, CypherCatalog.MergeDocument);
        rerun.Expect("COMMIT").Success(new() { ["bookmark"] = "FB:2" }).Goodbye();
        await using var server = StubServer.Start(lost, rerun);
        await using (var store = Store(server.Uri()))
        {
            await store.InitializeAsync();

            var result = await store.UpsertAsync(DalianBatch);

            Assert.True(result.DocumentAlreadyKnown);
            Assert.Empty(result.CreatedEntities);
            Assert.Empty(result.UpdatedEntities);
        }

        await server.VerifyAsync(expectedConnections: 2);
    }

    [Fact]
    public async Task A_batch_whose_connections_keep_dropping_fails_as_unavailable_once_the_retry_budget_is_spent_and_never_commits()
    {
        var first = StartUp(new Script().Login()).Expect("BEGIN").Success();
        Query(first, CypherCatalog.DocumentExists);
        first.Expect("RUN").Expect("PULL").Drop();
        await using var server = StubServer.Start(first, new Script().Login().Expect("BEGIN").Drop());
        var clock = new FastForwardClock();
        // 100 ms, then 200 ms would end past the 250 ms budget: two attempts, one pause.
        await using (var store = Store(server.Uri(), o => o.MaxTransactionRetryTime = TimeSpan.FromMilliseconds(250), clock))
        {
            await store.InitializeAsync();

            var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.UpsertAsync(DalianBatch));

            Assert.IsType<ServiceUnavailableException>(error.InnerException);
            Assert.Contains(server.Address, error.Message, StringComparison.Ordinal);
            Assert.Single(clock.Pauses);
        }

        await server.VerifyAsync(expectedConnections: 2);
        Assert.All(server.Received.Values, requests => Assert.DoesNotContain("COMMIT", requests));
    }

    [Fact]
    public async Task Transient_errors_are_retried_after_growing_pauses_and_then_the_read_answers()
    {
        var script = StartUp(new Script().Login());
        for (var i = 0; i < 2; i++)
        {
            script.Expect("BEGIN").Success().Expect("RUN").Expect("PULL")
                .Failure(Unavailable, "Database 'neo4j' is unavailable.").Ignored()
                .Expect("RESET").Success();
        }

        script.Expect("BEGIN").Success();
        Query(script, CypherCatalog.EntitiesById, [Node(Dalian)]);
        await using var server = StubServer.Start(script.Expect("COMMIT").Success().Goodbye());
        var clock = new FastForwardClock();
        await using (var store = Store(server.Uri(), clock: clock))
        {
            await store.InitializeAsync();

            var entities = await store.GetEntitiesAsync([Dalian.Id]);

            Assert.Equal(Dalian.Id, Assert.Single(entities).Id);
            Assert.Equal(2, clock.Pauses.Count);
            Assert.InRange(clock.Pauses[0].TotalMilliseconds, 80, 120);
            Assert.InRange(clock.Pauses[1].TotalMilliseconds, 160, 240);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task Transient_errors_that_outlast_the_retry_budget_fail_as_unavailable()
    {
        var script = StartUp(new Script().Login());
        for (var i = 0; i < 2; i++)
        {
            script.Expect("BEGIN").Success().Expect("RUN").Expect("PULL")
                .Failure(Unavailable, "Database 'neo4j' is unavailable.").Ignored()
                .Expect("RESET").Success();
        }

        await using var server = StubServer.Start(script.Goodbye());
        await using (var store = Store(server.Uri(), o => o.MaxTransactionRetryTime = TimeSpan.FromMilliseconds(250)))
        {
            await store.InitializeAsync();

            var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.GetEntitiesAsync([Dalian.Id]));

            Assert.Equal(Unavailable, Assert.IsType<TransientException>(error.InnerException).Code);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_read_the_server_never_answers_ends_in_the_callers_cancellation_promptly_and_the_next_read_works()
    {
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stalled = StartUp(new Script().Login()).Expect("BEGIN").Success().Expect("RUN").Expect("PULL")
            .Then(_ => Task.FromResult(waiting.TrySetResult())).Stall();
        var next = new Script().Login().Expect("BEGIN").Success();
        Query(next, CypherCatalog.EntitiesById, [Node(Dalian)]);
        await using var server = StubServer.Start(stalled, next.Expect("COMMIT").Success().Goodbye());
        await using (var store = Store(server.Uri()))
        {
            await store.InitializeAsync();
            using var cancellation = new CancellationTokenSource();
            var read = store.GetEntitiesAsync([Dalian.Id], cancellation.Token);
            await waiting.Task.WaitAsync(TimeSpan.FromSeconds(5));
            var clock = Stopwatch.StartNew();
            await cancellation.CancelAsync();

            // The caller's own cancellation (the GraphQL layer's timeout), not an "unavailable" store.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
            Assert.True(clock.Elapsed < Prompt, $"cancellation took {clock.Elapsed}");
            Assert.Equal(Dalian.Id, Assert.Single(await store.GetEntitiesAsync([Dalian.Id])).Id);
        }

        await server.VerifyAsync(expectedConnections: 2);
    }

    [Fact]
    public async Task A_connection_pool_whose_every_connection_stays_busy_is_reported_as_unavailable()
    {
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var busy = StartUp(new Script().Login()).Expect("BEGIN").Success().Expect("RUN").Expect("PULL")
            .Then(_ => Task.FromResult(waiting.TrySetResult())).Stall();
        await using var server = StubServer.Start(busy);
        await using (var store = Store(server.Uri(), o =>
        {
            o.MaxConnectionPoolSize = 1;
            o.ConnectionAcquisitionTimeout = TimeSpan.FromMilliseconds(100);
        }))
        {
            await store.InitializeAsync();
            using var cancellation = new CancellationTokenSource();
            var holder = store.GetEntitiesAsync([Dalian.Id], cancellation.Token);
            await waiting.Task.WaitAsync(TimeSpan.FromSeconds(5));

            var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.GetEntitiesAsync([Dalian.Id]));

            Assert.IsType<ConnectionPoolTimeoutException>(error.InnerException);
            await cancellation.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => holder);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_health_check_the_server_never_answers_reports_unavailable_after_its_own_timeout()
    {
        // The server takes the health check's BEGIN and never answers it: the check times out whatever the machine's load.
        // (Answering BEGIN and stalling at PULL raced the 200 ms timeout on a loaded machine: the client could give up before
        // it sent RUN, and the script saw a close where it expected RUN.)
        var stalled = StartUp(new Script().Login()).Expect("BEGIN").Stall();
        var next = new Script().Login().Expect("BEGIN").Success();
        Query(next, CypherCatalog.Health, [7L]);
        await using var server = StubServer.Start(stalled, next.Expect("COMMIT").Success().Goodbye());
        await using (var store = Store(server.Uri(), o => o.HealthCheckTimeout = TimeSpan.FromMilliseconds(200)))
        {
            await store.InitializeAsync();
            var clock = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.CheckHealthAsync());

            Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(200) + Prompt, $"the health check took {clock.Elapsed}");
            Assert.Contains("health check", error.Message, StringComparison.Ordinal);
            await store.CheckHealthAsync();
        }

        await server.VerifyAsync(expectedConnections: 2);
    }

    [Fact]
    public async Task During_a_restart_a_read_fails_as_unavailable_at_once_and_after_it_the_store_reconnects()
    {
        var before = StartUp(new Script().Login()).Expect("BEGIN").Success();
        Query(before, CypherCatalog.EntitiesById, [Node(Dalian)]);
        before.Expect("COMMIT").Success();
        await using var server = StubServer.Start(before);
        await using (var store = Store(server.Uri()))
        {
            await store.InitializeAsync();
            await store.GetEntitiesAsync([Dalian.Id]);
            await server.StopAsync();
            var clock = Stopwatch.StartNew();

            // The pooled connection is dead, so the read is retried; the retry is refused, which ends it at once.
            var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.GetEntitiesAsync([Dalian.Id]));

            Assert.True(Assert.IsType<ServiceUnavailableException>(error.InnerException).CouldNotConnect);
            Assert.True(clock.Elapsed < Prompt, $"the refused read took {clock.Elapsed}");
            var after = new Script().Login().Expect("BEGIN").Success();
            Query(after, CypherCatalog.EntitiesById, [Node(Dalian)]);
            server.ListenAgain(after.Expect("COMMIT").Success().Goodbye());
            Assert.Equal(Dalian.Id, Assert.Single(await store.GetEntitiesAsync([Dalian.Id])).Id);
        }

        await server.VerifyAsync(expectedConnections: 2);
    }

    [Fact]
    public async Task With_no_server_at_start_up_the_store_starts_reports_unavailable_and_applies_the_schema_in_the_background_once_one_answers()
    {
        await using var server = StubServer.Start();
        await server.StopAsync();
        var logger = new CapturingLogger();
        var connectionTimeout = TimeSpan.FromMilliseconds(500);
        await using (var store = Store(server.Uri(), o => o.ConnectionTimeout = connectionTimeout, logger: logger))
        {
            var clock = Stopwatch.StartNew();

            await store.InitializeAsync();
            var read = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.GetEntitiesAsync([Dalian.Id]));
            var health = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.CheckHealthAsync());

            // Refused at once and not retried at start; the calls after it touch no server at all (the schema is missing).
            Assert.True(clock.Elapsed < connectionTimeout + ColdPrompt, $"took {clock.Elapsed}");
            Assert.Contains(server.Address, read.Message, StringComparison.Ordinal);
            Assert.Contains("schema is not applied", health.Message, StringComparison.Ordinal);
            Assert.IsType<ServiceUnavailableException>(health.InnerException?.InnerException);
            var (level, message, _) = Assert.Single(logger.Entries);
            Assert.Equal(LogLevel.Error, level);
            Assert.Contains(server.Address, message, StringComparison.Ordinal);

            var first = StartUp(new Script().Login()).Expect("BEGIN").Success();
            Query(first, CypherCatalog.EntitiesById, [Node(Dalian)]);
            server.ListenAgain(first.Expect("COMMIT").Success().Goodbye());
            await store.SchemaSettled.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(Dalian.Id, Assert.Single(await store.GetEntitiesAsync([Dalian.Id])).Id);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task Wrong_credentials_at_start_up_fail_clearly_rather_than_as_unavailable()
    {
        await using var server = StubServer.Start(new Script()
            .Handshake(Bolt.Protocol.BoltVersion.V5_8).Expect("HELLO").Success()
            .Expect("LOGON").Failure("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.")
            .Stall());
        await using (var store = Store(server.Uri()))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync());

            Assert.IsType<AuthenticationException>(error.InnerException);
            Assert.Contains(server.Address, error.Message, StringComparison.Ordinal);
            Assert.Contains("'neo4j'", error.Message, StringComparison.Ordinal);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_client_error_surfaces_as_it_is_and_not_as_unavailable()
    {
        var script = StartUp(new Script().Login()).Expect("BEGIN").Success().Expect("RUN").Expect("PULL")
            .Failure("Neo.ClientError.Statement.SyntaxError", "Invalid input").Ignored()
            .Expect("RESET").Success()
            .Goodbye();
        await using var server = StubServer.Start(script);
        await using (var store = Store(server.Uri()))
        {
            await store.InitializeAsync();

            var error = await Assert.ThrowsAsync<ClientException>(() => store.GetEntitiesAsync([Dalian.Id]));

            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task An_export_stream_cut_off_mid_way_fails_as_unavailable_after_the_records_it_delivered()
    {
        var script = StartUp(new Script().Login())
            .Expect("RUN", f => Assert.Equal(CypherCatalog.AllEntities, f[0])).Expect("PULL")
            .Fields("e").Record(Node(Dalian)).Drop();
        await using var server = StubServer.Start(script);
        var seen = new List<Entity>();
        await using (var store = Store(server.Uri()))
        {
            await store.InitializeAsync();

            await Assert.ThrowsAsync<GraphStoreUnavailableException>(async () =>
            {
                await foreach (var entity in store.ReadAllEntitiesAsync())
                {
                    seen.Add(entity);
                }
            });
        }

        Assert.Equal(Dalian.Id, Assert.Single(seen).Id);
        await server.VerifyAsync(expectedConnections: 1);
    }

    /// <summary>
    /// A store on the given server with test-sized timeouts. Retry pauses run on <paramref name="clock"/> (a fast-forward
    /// one unless given), so a retry schedule is exact and free.
    /// </summary>
    /// <param name="storeClock">The store's own clock (timestamps, background schema pauses); the system's unless given.</param>
    private static Neo4jGraphStore Store(
        Uri uri, Action<Neo4jGraphStoreOptions>? configure = null, FastForwardClock? clock = null, ILogger? logger = null,
        TimeProvider? storeClock = null)
    {
        var options = new Neo4jGraphStoreOptions
        {
            Uri = uri,
            Password = "password",
            ConnectionTimeout = TimeSpan.FromSeconds(2),
            ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(2),
            MaxTransactionRetryTime = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        var driverOptions = Neo4jGraphStoreFactory.DriverOptions(options);
        driverOptions.Clock = clock ?? new FastForwardClock();
        driverOptions.RetryInitialDelay = TimeSpan.FromMilliseconds(100);
        driverOptions.IdleTimeBeforeConnectionTest = null;
        var driver = BoltDriver.Create(options.Uri, BoltAuth.Basic(options.User, options.Password), driverOptions);
        return new Neo4jGraphStore(driver, options, storeClock, logger);
    }

    /// <summary>The Dalian batch in an empty store, as <see cref="Neo4jGraphStoreConversationTests"/> shows it.</summary>
    private static Script WholeBatch(Script script, bool commit = true)
    {
        script.Expect("BEGIN").Success();
        Query(script, CypherCatalog.DocumentExists);
        Query(script, CypherCatalog.LockEntities);
        Query(script, CypherCatalog.ExistingMentionKeys);
        Query(script, CypherCatalog.MergeDocument);
        Query(script, CypherCatalog.MergeEntities(EntityKind.Place));
        return commit ? script.Expect("COMMIT").Success(new() { ["bookmark"] = "FB:1" }) : script;
    }

    /// <summary>
    /// Expects one statement of a transaction and answers it with one single-column record per value; the column is
    /// <c>e</c>, the one the entity statements return (the others are only counted).
    /// </summary>
    private static void Query(Script script, string statement, params object?[] rows)
    {
        script.Expect("RUN", f => Assert.Equal(statement, f[0])).Expect("PULL").Fields("e");
        foreach (var row in rows)
        {
            script.Record(row);
        }

        script.Done();
    }
}
