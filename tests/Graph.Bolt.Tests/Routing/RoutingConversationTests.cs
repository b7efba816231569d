using Graph.Bolt.Tests.Support;
using Graph.Bolt.Tests.Support.Stub;

namespace Graph.Bolt.Tests.Routing;

/// <summary>Client-side routing (neo4j://) against a scripted router, reader and writers.</summary>
public sealed class RoutingConversationTests
{
    [Fact]
    public async Task Writes_go_to_the_writer_and_reads_to_a_reader_named_by_the_routing_table()
    {
        await using var writer = StubServer.Start(new Script()
            .Login().Expect("BEGIN").Success().Expect("RUN").Expect("PULL").Fields().Done().Expect("COMMIT").Success().Goodbye());
        await using var reader = StubServer.Start(new Script()
            .Login().Expect("BEGIN", f => Assert.Equal("r", ((IDictionary<string, object?>)f[0]!)["mode"])).Success()
            .Expect("COMMIT").Success().Goodbye());
        var script = new Script();
        await using var router = StubServer.Start(script);
        script
            .Handshake(Protocol.BoltVersion.V5_8)
            .Expect("HELLO", f => Assert.IsAssignableFrom<IDictionary<string, object?>>(((IDictionary<string, object?>)f[0]!)["routing"]))
            .Success().Expect("LOGON").Success()
            .Expect("ROUTE", f =>
            {
                Assert.Equal("value", ((IDictionary<string, object?>)f[0]!)["region"]);
                Assert.Empty((IDictionary<string, object?>)f[2]!);
            })
            .Success(Table(300, [router.Address], [reader.Address], [writer.Address]))
            .Goodbye();
        await using (var driver = TestDrivers.For(new Uri($"neo4j://{router.Address}?region=value")))
        {
            await driver.ExecuteWriteAsync(async (tx, ct) => await (await tx.RunAsync("CREATE (:Entity)", cancellationToken: ct)).ConsumeAsync(ct));
            await driver.ExecuteReadAsync((tx, ct) => Task.FromResult(0));
        }

        await router.VerifyAsync(expectedConnections: 1);
        await writer.VerifyAsync(expectedConnections: 1);
        await reader.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task With_no_database_configured_the_home_database_the_router_names_is_pinned_for_every_transaction()
    {
        // ROUTE asks for the default database ({}); the table says it is "graph" (rt.db, #messages-route). From then on
        // BEGIN names it, and so does the next ROUTE, so a changed home database cannot send work to other servers.
        await using var writer = StubServer.Start(new Script()
            .Login().Expect("BEGIN", f => Assert.Equal("graph", Extra(f)["db"])).Success().Expect("COMMIT").Success().Goodbye());
        await using var reader = StubServer.Start(new Script()
            .Login().Expect("BEGIN", f =>
            {
                Assert.Equal("graph", Extra(f)["db"]);
                Assert.Equal("r", Extra(f)["mode"]);
            })
            .Success().Expect("COMMIT").Success().Goodbye());
        var clock = new ManualClock();
        var script = new Script();
        await using var router = StubServer.Start(script);
        script
            .Login()
            .Expect("ROUTE", f => Assert.Empty((IDictionary<string, object?>)f[2]!))
            .Success(Table(300, [router.Address], [reader.Address], [writer.Address], database: "graph"))
            .Expect("ROUTE", f => Assert.Equal("graph", ((IDictionary<string, object?>)f[2]!)["db"]))
            .Success(Table(300, [router.Address], [reader.Address], [writer.Address], database: "graph"))
            .Goodbye();
        await using (var driver = TestDrivers.For(router.Uri("neo4j"), o => o.Clock = clock))
        {
            await driver.ExecuteWriteAsync((tx, ct) => Task.FromResult(0));
            clock.Advance(TimeSpan.FromSeconds(301));
            await driver.ExecuteReadAsync((tx, ct) => Task.FromResult(0));
        }

        await router.VerifyAsync(expectedConnections: 1);
        await writer.VerifyAsync(expectedConnections: 1);
        await reader.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task An_expired_routing_table_is_fetched_again_before_the_next_read()
    {
        var clock = new ManualClock();
        await using var reader = StubServer.Start(new Script()
            .Login().Expect("BEGIN").Success().Expect("COMMIT").Success()
            .Expect("BEGIN").Success().Expect("COMMIT").Success().Goodbye());
        var script = new Script();
        await using var router = StubServer.Start(script);
        script
            .Login()
            .Expect("ROUTE").Success(Table(300, [router.Address], [reader.Address], [router.Address]))
            .Expect("ROUTE").Success(Table(300, [router.Address], [reader.Address], [router.Address]))
            .Goodbye();
        await using (var driver = TestDrivers.For(router.Uri("neo4j"), o => o.Clock = clock))
        {
            await driver.ExecuteReadAsync((tx, ct) => Task.FromResult(0));
            clock.Advance(TimeSpan.FromSeconds(299));
            Assert.Equal(["HELLO", "LOGON", "ROUTE"], router.Received[1]);
            clock.Advance(TimeSpan.FromSeconds(2));
            await driver.ExecuteReadAsync((tx, ct) => Task.FromResult(0));
        }

        await router.VerifyAsync(expectedConnections: 1);
        await reader.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_writer_that_lost_leadership_is_forgotten_and_the_write_is_retried_on_the_new_leader()
    {
        await using var newLeader = StubServer.Start(new Script()
            .Login().Expect("BEGIN").Success().Expect("RUN").Expect("PULL").Fields().Done().Expect("COMMIT").Success().Goodbye());
        await using var oldLeader = StubServer.Start(new Script()
            .Login().Expect("BEGIN").Success()
            .Expect("RUN").Expect("PULL").Failure("Neo.ClientError.Cluster.NotALeader", "No write operations are allowed").Ignored()
            .Expect("RESET").Success()
            .Goodbye());
        var script = new Script();
        await using var router = StubServer.Start(script);
        script
            .Login()
            .Expect("ROUTE").Success(Table(300, [router.Address], [router.Address], [oldLeader.Address]))
            .Expect("ROUTE").Success(Table(300, [router.Address], [router.Address], [newLeader.Address]))
            .Goodbye();
        var attempts = 0;
        await using (var driver = TestDrivers.For(router.Uri("neo4j")))
        {
            await driver.ExecuteWriteAsync(async (tx, ct) =>
            {
                attempts++;
                return await (await tx.RunAsync("CREATE (:Entity)", cancellationToken: ct)).ConsumeAsync(ct);
            });
        }

        Assert.Equal(2, attempts);
        await router.VerifyAsync(expectedConnections: 1);
        await oldLeader.VerifyAsync(expectedConnections: 1);
        await newLeader.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task An_unreachable_reader_is_forgotten_and_another_one_serves_the_read()
    {
        await using var alive = StubServer.Start(new Script()
            .Login().Expect("BEGIN").Success().Expect("COMMIT").Success().Expect("BEGIN").Success().Expect("COMMIT").Success().Goodbye());
        var script = new Script();
        await using var router = StubServer.Start(script);
        script
            .Login()
            .Expect("ROUTE").Success(Table(300, [router.Address], ["127.0.0.1:1", alive.Address], [router.Address]))
            .Goodbye();
        await using (var driver = TestDrivers.For(router.Uri("neo4j")))
        {
            await driver.ExecuteReadAsync((tx, ct) => Task.FromResult(0));
            await driver.ExecuteReadAsync((tx, ct) => Task.FromResult(0));
        }

        await router.VerifyAsync(expectedConnections: 1);
        await alive.VerifyAsync(expectedConnections: 1);
    }

    private static IDictionary<string, object?> Extra(IReadOnlyList<object?> beginFields) => (IDictionary<string, object?>)beginFields[0]!;

    private static Dictionary<string, object?> Table(
        long ttl, string[] routers, string[] readers, string[] writers, string database = "neo4j") => new()
    {
        ["rt"] = new Dictionary<string, object?>
        {
            ["ttl"] = ttl,
            ["db"] = database,
            ["servers"] = new List<object?>
            {
                Role("ROUTE", routers), Role("READ", readers), Role("WRITE", writers),
            },
        },
    };

    private static Dictionary<string, object?> Role(string role, string[] addresses) => new()
    {
        ["addresses"] = addresses.ToList(),
        ["role"] = role,
    };
}
