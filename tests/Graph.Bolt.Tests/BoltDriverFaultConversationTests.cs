using System.Diagnostics;
using Graph.Bolt.Protocol;
using Graph.Bolt.Tests.Support.Stub;
using static Graph.Bolt.Tests.Support.Stub.TestDrivers;

namespace Graph.Bolt.Tests;

/// <summary>
/// Servers that stall, go silent, refuse or vanish. Each conversation ends in a prompt cancellation, a retry on a fresh
/// connection or a <see cref="ServiceUnavailableException"/>: never a hang, and never a broken connection back in the pool
/// (the next script would then see requests meant for a new connection, or none at all).
/// </summary>
public sealed class BoltDriverFaultConversationTests
{
    /// <summary>How soon after cancellation, or after a timeout expires, the caller must have its answer.</summary>
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(1);

    /// <summary>The same bound for a path that also opens the process's first connections (JIT, a loaded CI machine).</summary>
    private static readonly TimeSpan ColdPrompt = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task A_query_the_server_never_answers_ends_in_cancellation_promptly_and_its_connection_is_not_reused()
    {
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = StubServer.Start(
            new Script().Login().Expect("RUN").Expect("PULL").Then(_ => Signal(waiting)).Stall(),
            new Script().Login().Expect("RUN").Expect("PULL").Fields("n").Record(2L).Done().Goodbye());
        await using (var driver = For(server))
        {
            using var cancellation = new CancellationTokenSource();
            var run = driver.RunAsync("RETURN 1 AS n", cancellationToken: cancellation.Token);
            await waiting.Task.WaitAsync(TimeSpan.FromSeconds(5));
            var clock = Stopwatch.StartNew();
            await cancellation.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
            Assert.True(clock.Elapsed < Prompt, $"cancellation took {clock.Elapsed}");
            var again = await (await driver.RunAsync("RETURN 2 AS n")).ToListAsync();
            Assert.Equal(2L, Assert.Single(again)["n"]);
        }

        await server.VerifyAsync(expectedConnections: 2);
    }

    [Fact]
    public async Task A_managed_transaction_cancelled_while_the_server_stalls_is_not_retried()
    {
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = StubServer.Start(
            new Script().Login().Expect("BEGIN").Success().Expect("RUN").Expect("PULL").Then(_ => Signal(waiting)).Stall(),
            new Script().Login().Expect("BEGIN").Success().Expect("RUN").Expect("PULL").Fields("n").Record(1L).Done()
                .Expect("COMMIT").Success().Goodbye());
        var attempts = 0;
        await using (var driver = For(server))
        {
            using var cancellation = new CancellationTokenSource();
            var read = driver.ExecuteReadAsync(CountingRead(() => attempts++), cancellation.Token);
            await waiting.Task.WaitAsync(TimeSpan.FromSeconds(5));
            var clock = Stopwatch.StartNew();
            await cancellation.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
            Assert.True(clock.Elapsed < Prompt, $"cancellation took {clock.Elapsed}");
            Assert.Equal(1, attempts);
            Assert.Equal(1L, await driver.ExecuteReadAsync(CountingRead(() => attempts++)));
        }

        await server.VerifyAsync(expectedConnections: 2);
    }

    [Fact]
    public async Task A_rollback_the_server_never_answers_is_abandoned_after_the_cleanup_timeout()
    {
        await using var server = StubServer.Start(new Script().Login().Expect("BEGIN").Success().Expect("ROLLBACK").Stall());
        await using (var driver = For(server, o => o.CleanupTimeout = TimeSpan.FromMilliseconds(100)))
        {
            await driver.VerifyConnectivityAsync();
            var clock = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                driver.ExecuteWriteAsync<int>((tx, ct) => throw new InvalidOperationException("the work itself failed")));

            Assert.Equal("the work itself failed", error.Message);
            Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(100) + Prompt, $"the failed work took {clock.Elapsed} to surface");
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_server_that_accepts_but_never_answers_the_handshake_fails_within_the_connection_timeout()
    {
        // One second rather than less: on a loaded two-core machine a shorter bound can run out before the client has even
        // written its handshake, and then the stub, not the client, is what the test would be measuring.
        await using var server = StubServer.Start(new Script().Then(s => s.ReadHandshakeAsync()).Stall());
        await using (var driver = For(server, o =>
        {
            o.ConnectionTimeout = TimeSpan.FromSeconds(1);
            o.RetryWhenUnreachable = false;
        }))
        {
            var clock = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.ExecuteReadAsync(CountingRead(() => { })));

            Assert.True(error.CouldNotConnect);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1) + ColdPrompt, $"took {clock.Elapsed}");
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_refused_connection_fails_at_once_when_unreachable_servers_are_not_retried()
    {
        await using var driver = For(NothingListening(), o => o.RetryWhenUnreachable = false);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.ExecuteWriteAsync(CountingRead(() => { })));

        Assert.True(error.CouldNotConnect);
        Assert.True(clock.Elapsed < ColdPrompt, $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_routed_driver_whose_every_router_refuses_fails_at_once_when_unreachable_servers_are_not_retried()
    {
        var routed = new UriBuilder(NothingListening()) { Scheme = "neo4j" }.Uri;
        await using var driver = For(routed, o => o.RetryWhenUnreachable = false);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.ExecuteReadAsync(CountingRead(() => { })));

        Assert.True(error.CouldNotConnect);
        Assert.StartsWith("Could not fetch a routing table", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < ColdPrompt, $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_refused_connection_is_retried_with_growing_pauses_until_the_budget_is_spent_when_asked()
    {
        var clock = new FastForwardClock();
        await using var driver = For(NothingListening(), o =>
        {
            o.Clock = clock;
            o.RetryWhenUnreachable = true;
            o.RetryInitialDelay = TimeSpan.FromMilliseconds(200);
            o.MaxTransactionRetryTime = TimeSpan.FromSeconds(1);
        });

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.ExecuteWriteAsync(CountingRead(() => { })));

        // 200 ms then 400 ms (±20 %); a third pause of 800 ms would end past the 1 s budget, so the third failure surfaces.
        Assert.True(error.CouldNotConnect);
        Assert.Equal(2, clock.Pauses.Count);
        Assert.InRange(clock.Pauses[0].TotalMilliseconds, 160, 240);
        Assert.InRange(clock.Pauses[1].TotalMilliseconds, 320, 480);
    }

    [Fact]
    public async Task A_server_silent_past_its_receive_timeout_hint_loses_the_connection_and_the_work_is_retried()
    {
        // The hint promises a chunk at least once a second while a request is being worked on (#hint-recv-timeout-seconds):
        // NOOPs a tenth of a second apart keep the first connection alive past one second, then the silence after them ends it.
        var hints = new Dictionary<string, object?> { ["connection.recv_timeout_seconds"] = 1L };
        var clock = Stopwatch.StartNew();
        var lastNoop = TimeSpan.Zero;
        var slow = new Script().Login(BoltVersion.V5_8, hints).Expect("BEGIN").Success().Expect("RUN").Expect("PULL");
        for (var i = 0; i < 12; i++)
        {
            slow.Pause(TimeSpan.FromMilliseconds(100)).Noop();
        }

        await using var server = StubServer.Start(
            slow.Then(_ =>
            {
                lastNoop = clock.Elapsed;
                return Task.CompletedTask;
            }).Stall(),
            new Script().Login(BoltVersion.V5_8, hints).Expect("BEGIN").Success().Expect("RUN").Expect("PULL").Fields("n").Record(1L).Done()
                .Expect("COMMIT").Success().Goodbye());
        var retriedAt = TimeSpan.Zero;
        var attempts = 0;
        await using (var driver = For(server))
        {
            var n = await driver.ExecuteReadAsync(CountingRead(() =>
            {
                if (++attempts == 2)
                {
                    retriedAt = clock.Elapsed;
                }
            }));

            Assert.Equal(1L, n);
            Assert.Equal(2, attempts);
            Assert.True(lastNoop > TimeSpan.FromSeconds(1), $"the NOOPs ended at {lastNoop}");
            Assert.InRange(retriedAt - lastNoop, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1) + Prompt);
        }

        await server.VerifyAsync(expectedConnections: 2);
    }

    private static Func<BoltTransaction, CancellationToken, Task<long>> CountingRead(Action attempt) => async (tx, ct) =>
    {
        attempt();
        var records = await (await tx.RunAsync("RETURN 1 AS n", cancellationToken: ct)).ToListAsync(ct);
        return (long)records[0]["n"]!;
    };

    private static Task Signal(TaskCompletionSource gate)
    {
        gate.TrySetResult();
        return Task.CompletedTask;
    }
}
