using Graph.Bolt.Tests.Support;
using Graph.Bolt.Tests.Support.Stub;

namespace Graph.Bolt.Tests.Connection;

/// <summary>Pool limits, liveness checks and lifetimes against scripted servers.</summary>
public sealed class ConnectionPoolConversationTests
{
    [Fact]
    public async Task An_exhausted_pool_makes_the_next_acquire_time_out_and_a_released_connection_is_reused()
    {
        await using var server = StubServer.Start(new Script()
            .Login()
            .Expect("BEGIN").Success()
            .Expect("ROLLBACK").Success()
            .Expect("BEGIN").Success()
            .Expect("COMMIT").Success()
            .Goodbye());
        await using (var driver = TestDrivers.For(server, o =>
        {
            o.MaxConnectionPoolSize = 1;
            o.ConnectionAcquisitionTimeout = TimeSpan.FromMilliseconds(50);
        }))
        {
            var holder = await driver.BeginTransactionAsync();
            var started = DateTime.UtcNow;

            var error = await Assert.ThrowsAsync<ConnectionPoolTimeoutException>(() => driver.BeginTransactionAsync());

            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(2));
            Assert.Contains("pool size 1", error.Message, StringComparison.Ordinal);
            await holder.RollbackAsync();
            await using var next = await driver.BeginTransactionAsync();
            await next.CommitAsync();
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_connection_idle_past_the_threshold_is_checked_with_RESET_before_reuse()
    {
        var clock = new ManualClock();
        await using var server = StubServer.Start(new Script()
            .Login()
            .Expect("RUN").Expect("PULL").Fields().Done()
            .Expect("RESET").Success()
            .Expect("RUN").Expect("PULL").Fields().Done()
            .Goodbye());
        await using (var driver = TestDrivers.For(server, o =>
        {
            o.Clock = clock;
            o.IdleTimeBeforeConnectionTest = TimeSpan.FromMinutes(1);
        }))
        {
            await (await driver.RunAsync("RETURN 1")).ConsumeAsync();
            clock.Advance(TimeSpan.FromMinutes(2));
            await (await driver.RunAsync("RETURN 1")).ConsumeAsync();
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_connection_that_fails_its_liveness_check_is_replaced_by_a_new_one()
    {
        var clock = new ManualClock();
        await using var server = StubServer.Start(
            new Script().Login().Expect("RUN").Expect("PULL").Fields().Done().Expect("RESET").Drop(),
            new Script().Login().Expect("RUN").Expect("PULL").Fields().Done().Goodbye());
        await using (var driver = TestDrivers.For(server, o =>
        {
            o.Clock = clock;
            o.IdleTimeBeforeConnectionTest = TimeSpan.FromMinutes(1);
        }))
        {
            await (await driver.RunAsync("RETURN 1")).ConsumeAsync();
            clock.Advance(TimeSpan.FromMinutes(5));
            await (await driver.RunAsync("RETURN 1")).ConsumeAsync();
        }

        await server.VerifyAsync(expectedConnections: 2);
    }

    [Fact]
    public async Task A_connection_past_its_maximum_lifetime_is_closed_with_GOODBYE_and_replaced()
    {
        var clock = new ManualClock();
        await using var server = StubServer.Start(
            new Script().Login().Expect("RUN").Expect("PULL").Fields().Done().Goodbye(),
            new Script().Login().Expect("RUN").Expect("PULL").Fields().Done().Goodbye());
        await using (var driver = TestDrivers.For(server, o =>
        {
            o.Clock = clock;
            o.MaxConnectionLifetime = TimeSpan.FromHours(1);
        }))
        {
            await (await driver.RunAsync("RETURN 1")).ConsumeAsync();
            clock.Advance(TimeSpan.FromHours(2));
            await (await driver.RunAsync("RETURN 1")).ConsumeAsync();
        }

        await server.VerifyAsync(expectedConnections: 2);
    }

    [Fact]
    public async Task After_a_server_restart_one_lost_connection_makes_the_pool_verify_every_other_idle_one_before_reuse()
    {
        // Two connections end idle in the pool; each script then ends, so the server closes them, and the server restarts.
        var idle = new Script().Login().Expect("BEGIN").Success().Expect("COMMIT").Success();
        await using var server = StubServer.Start(idle, idle);
        var clock = new FastForwardClock();
        await using (var driver = TestDrivers.For(server, o =>
        {
            o.Clock = clock;
            // Pauses are whole milliseconds (a shorter one is no pause at all); this clock makes them cost nothing anyway.
            o.RetryInitialDelay = TimeSpan.FromMilliseconds(100);
        }))
        {
            var first = await driver.BeginTransactionAsync();
            var second = await driver.BeginTransactionAsync();
            await first.CommitAsync();
            await second.CommitAsync();
            await server.StopAsync();
            server.ListenAgain(new Script().Login()
                .Expect("BEGIN").Success().Expect("RUN").Expect("PULL").Fields("n").Record(1L).Done().Expect("COMMIT").Success()
                .Goodbye());

            var n = await driver.ExecuteReadAsync(async (tx, ct) =>
                (await (await tx.RunAsync("RETURN 1 AS n", cancellationToken: ct)).ToListAsync(ct))[0]["n"]);

            // The first attempt's BEGIN meets one dead connection; after one pause the second attempt finds the other one
            // suspect, sees it fail its RESET and opens a new connection, rather than failing (and pausing) on it too.
            Assert.Equal(1L, n);
            Assert.Single(clock.Pauses);
        }

        await server.VerifyAsync(expectedConnections: 3);
    }
}
