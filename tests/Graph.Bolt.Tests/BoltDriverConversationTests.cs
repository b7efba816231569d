using Graph.Bolt.Protocol;
using Graph.Bolt.Tests.Support.Stub;
using static Graph.Bolt.Tests.Support.Stub.TestDrivers;

namespace Graph.Bolt.Tests;

/// <summary>Queries, streaming, failures and transactions, each against a scripted server conversation.</summary>
public sealed class BoltDriverConversationTests
{
    private const string Deadlock = "Neo.TransientError.Transaction.DeadlockDetected";

    [Fact]
    public async Task Wrong_credentials_surface_as_an_authentication_error_and_are_not_retried()
    {
        await using var server = StubServer.Start(new Script()
            .Handshake(BoltVersion.V5_8).Expect("HELLO").Success()
            .Expect("LOGON").Failure("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.")
            .Then(s => s.ExpectCloseAsync()));
        await using var driver = For(server);

        var error = await Assert.ThrowsAsync<AuthenticationException>(() =>
            driver.ExecuteWriteAsync((tx, ct) => Task.FromResult(0)));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task RUN_and_PULL_travel_together_so_the_server_answers_both_at_once()
    {
        // The script reads both requests before answering anything: a client that waited for RUN's reply would stall.
        await using var server = StubServer.Start(new Script()
            .Login()
            .Expect("RUN", f => Assert.Equal("RETURN $x AS x", f[0]))
            .Expect("PULL", f => Assert.Equal(1000L, ((IDictionary<string, object?>)f[0]!)["n"]))
            .Fields("x").Record(1L).Record("大连").Done()
            .Goodbye());
        await using (var driver = For(server))
        {
            var records = await (await driver.RunAsync("RETURN $x AS x", Map(("x", 1L)))).ToListAsync();

            Assert.Equal([1L, "大连"], records.Select(r => r["x"]));
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task Records_stream_as_they_arrive_and_the_next_batch_is_pulled_only_when_needed()
    {
        var received = new List<string>();
        await using var server = StubServer.Start(new Script()
            .Login()
            .Expect("RUN").Expect("PULL", f => Assert.Equal(2L, ((IDictionary<string, object?>)f[0]!)["n"]))
            .Fields("n").Record(1L).Noop().Record(2L).HasMore()
            .Then(s =>
            {
                lock (received)
                {
                    received.AddRange(s.Received);
                }

                return Task.CompletedTask;
            })
            .Expect("PULL", f => Assert.Equal(2L, ((IDictionary<string, object?>)f[0]!)["n"]))
            .Record(3L).Noop().Done()
            .Goodbye());
        await using (var driver = For(server, o => o.FetchSize = 2))
        {
            var result = await driver.RunAsync("UNWIND range(1, 3) AS n RETURN n");
            var seen = new List<object?>();
            await foreach (var record in result)
            {
                seen.Add(record["n"]);
            }

            Assert.Equal([1L, 2L, 3L], seen);
            Assert.Equal(["HELLO", "LOGON", "RUN", "PULL"], received);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_failed_query_is_followed_by_IGNORED_and_a_RESET_and_the_connection_is_reused()
    {
        await using var server = StubServer.Start(new Script()
            .Login()
            .Expect("RUN").Expect("PULL")
            .Failure("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'")
            .Ignored()
            .Expect("RESET").Success()
            .Expect("RUN").Expect("PULL").Fields("one").Record(1L).Done()
            .Goodbye());
        await using (var driver = For(server))
        {
            var error = await Assert.ThrowsAsync<ClientException>(() => driver.RunAsync("RETRUN 1"));
            var records = await (await driver.RunAsync("RETURN 1 AS one")).ToListAsync();

            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
            Assert.Equal(1L, Assert.Single(records)["one"]);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_connection_dropped_mid_stream_surfaces_as_service_unavailable_and_is_not_reused()
    {
        await using var server = StubServer.Start(
            new Script().Login().Expect("RUN").Expect("PULL").Fields("n").Record(1L).Drop(),
            new Script().Login().Expect("RUN").Expect("PULL").Fields("n").Record(2L).Done().Goodbye());
        await using (var driver = For(server))
        {
            var result = await driver.RunAsync("UNWIND range(1, 5) AS n RETURN n");
            var seen = new List<object?>();
            await Assert.ThrowsAsync<ServiceUnavailableException>(async () =>
            {
                await foreach (var record in result)
                {
                    seen.Add(record["n"]);
                }
            });
            var again = await (await driver.RunAsync("RETURN 2 AS n")).ToListAsync();

            Assert.Equal([1L], seen);
            Assert.Equal(2L, Assert.Single(again)["n"]);
        }

        await server.VerifyAsync(expectedConnections: 2);
    }

    [Fact]
    public async Task A_transient_error_in_a_managed_transaction_is_retried_and_then_committed()
    {
        await using var server = StubServer.Start(new Script()
            .Login()
            .Expect("BEGIN").Success()
            .Expect("RUN").Expect("PULL").Failure(Deadlock, "ForsetiClient can't acquire ExclusiveLock").Ignored()
            .Expect("RESET").Success()
            .Expect("BEGIN").Success()
            .Expect("RUN").Expect("PULL").Fields("id").Record("place_1").Done()
            .Expect("COMMIT").Success(new() { ["bookmark"] = "FB:kcwQ1" })
            .Goodbye());
        var attempts = 0;
        await using (var driver = For(server))
        {
            var id = await driver.ExecuteWriteAsync(async (tx, ct) =>
            {
                attempts++;
                var records = await (await tx.RunAsync("MERGE (e:Entity {id: $id}) RETURN e.id AS id", Map(("id", "place_1")), ct)).ToListAsync(ct);
                return (string)records[0]["id"]!;
            });

            Assert.Equal("place_1", id);
            Assert.Equal(["FB:kcwQ1"], driver.Bookmarks);
        }

        Assert.Equal(2, attempts);
        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_client_error_in_a_managed_transaction_surfaces_at_once()
    {
        await using var server = StubServer.Start(new Script()
            .Login()
            .Expect("BEGIN").Success()
            .Expect("RUN").Expect("PULL").Failure("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists").Ignored()
            .Expect("RESET").Success()
            .Goodbye());
        var attempts = 0;
        await using (var driver = For(server))
        {
            await Assert.ThrowsAsync<ClientException>(() => driver.ExecuteWriteAsync(async (tx, ct) =>
            {
                attempts++;
                return await (await tx.RunAsync("CREATE (e:Entity {id: 'x'})", cancellationToken: ct)).ToListAsync(ct);
            }));
        }

        Assert.Equal(1, attempts);
        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_committed_bookmark_travels_with_the_next_transaction_so_reads_see_writes()
    {
        await using var server = StubServer.Start(new Script()
            .Login()
            .Expect("BEGIN", f => Assert.Empty((IDictionary<string, object?>)f[0]!)).Success()
            .Expect("RUN").Expect("PULL").Fields().Done()
            .Expect("COMMIT").Success(new() { ["bookmark"] = "FB:after-write" })
            .Expect("BEGIN", f =>
            {
                var extra = (IDictionary<string, object?>)f[0]!;
                Assert.Equal(new List<object?> { "FB:after-write" }, extra["bookmarks"]);
                Assert.Equal("r", extra["mode"]);
            })
            .Success()
            .Expect("RUN").Expect("PULL").Fields("n").Record(1L).Done()
            .Expect("COMMIT").Success(new() { ["bookmark"] = "FB:after-read" })
            .Goodbye());
        await using (var driver = For(server))
        {
            await driver.ExecuteWriteAsync(async (tx, ct) => await (await tx.RunAsync("CREATE (:Entity)", cancellationToken: ct)).ConsumeAsync(ct));
            var count = await driver.ExecuteReadAsync(async (tx, ct) =>
                (await (await tx.RunAsync("MATCH (e:Entity) RETURN count(e) AS n", cancellationToken: ct)).ToListAsync(ct))[0].Get<int>("n"));

            Assert.Equal(1, count);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task TELEMETRY_is_sent_with_BEGIN_only_when_the_server_asks_for_it()
    {
        await using var server = StubServer.Start(new Script()
            .Login(BoltVersion.V5_8, hints: new() { ["telemetry.enabled"] = true })
            .Expect("TELEMETRY", f => Assert.Equal(0L, f[0]))
            .Expect("BEGIN").Success().Success()
            .Expect("COMMIT").Success()
            .Expect("TELEMETRY", f => Assert.Equal(2L, f[0]))
            .Expect("RUN").Expect("PULL").Success().Fields().Done()
            .Goodbye());
        await using (var driver = For(server))
        {
            await driver.ExecuteWriteAsync((tx, ct) => Task.FromResult(0));
            await (await driver.RunAsync("RETURN 1")).ConsumeAsync();
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task The_plan_of_an_EXPLAIN_comes_back_in_the_summary()
    {
        var plan = new Dictionary<string, object?>
        {
            ["operatorType"] = "ProduceResults@neo4j",
            ["children"] = new List<object?> { new Dictionary<string, object?> { ["operatorType"] = "NodeIndexScan@neo4j", ["children"] = new List<object?>() } },
        };
        await using var server = StubServer.Start(new Script()
            .Login()
            .Expect("RUN").Expect("PULL").Fields("e").Success(new() { ["type"] = "r", ["plan"] = plan })
            .Goodbye());
        await using (var driver = For(server))
        {
            var summary = await (await driver.RunAsync("EXPLAIN MATCH (e:Entity) WHERE e.id IS NOT NULL RETURN e ORDER BY e.id")).ConsumeAsync();

            Assert.Equal("ProduceResults@neo4j", summary.Plan?["operatorType"]);
            Assert.Single((IEnumerable<object?>)summary.Plan!["children"]!);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task An_explicit_transaction_disposed_without_commit_rolls_back()
    {
        await using var server = StubServer.Start(new Script()
            .Login()
            .Expect("BEGIN").Success()
            .Expect("RUN").Expect("PULL").Fields("n").Record(1L).Record(2L).Done()
            .Expect("ROLLBACK").Success()
            .Goodbye());
        await using (var driver = For(server))
        {
            await using var tx = await driver.BeginTransactionAsync();
            await using var result = await tx.RunAsync("UNWIND [1, 2] AS n RETURN n");
        }

        await server.VerifyAsync(expectedConnections: 1);
    }
}
