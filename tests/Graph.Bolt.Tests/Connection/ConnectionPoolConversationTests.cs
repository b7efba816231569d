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
}
