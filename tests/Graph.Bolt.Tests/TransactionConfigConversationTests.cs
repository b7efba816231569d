using Graph.Bolt.Tests.Support.Stub;
using static Graph.Bolt.Tests.Support.Stub.TestDrivers;

namespace Graph.Bolt.Tests;

/// <summary>A transaction timeout travels as <c>tx_timeout</c> (milliseconds) in BEGIN and in an auto-commit RUN.</summary>
public sealed class TransactionConfigConversationTests
{
    private const string Deadlock = "Neo.TransientError.Transaction.DeadlockDetected";

    private static readonly TransactionConfig TwentySeconds = new() { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task Every_attempt_of_a_managed_read_begins_with_the_timeout()
    {
        await using var server = StubServer.Start(new Script()
            .Login()
            .Expect("BEGIN", f => Assert.Equal(20_000L, Extra(f)["tx_timeout"])).Success()
            .Expect("RUN").Expect("PULL").Failure(Deadlock, "deadlock").Ignored()
            .Expect("RESET").Success()
            .Expect("BEGIN", f =>
            {
                Assert.Equal(20_000L, Extra(f)["tx_timeout"]);
                Assert.Equal("r", Extra(f)["mode"]);
            })
            .Success()
            .Expect("RUN", f => Assert.Empty(Extra(f, 2))).Expect("PULL").Fields("n").Record(1L).Done()
            .Expect("COMMIT").Success()
            .Goodbye());
        await using (var driver = For(server))
        {
            var n = await driver.ExecuteReadAsync(
                async (tx, ct) => (long)(await (await tx.RunAsync("RETURN 1 AS n", cancellationToken: ct)).ToListAsync(ct))[0]["n"]!,
                TwentySeconds);

            Assert.Equal(1L, n);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task An_auto_commit_query_carries_the_timeout_in_RUN_and_a_fraction_of_a_millisecond_rounds_up()
    {
        await using var server = StubServer.Start(new Script()
            .Login()
            .Expect("RUN", f => Assert.Equal(1_501L, Extra(f, 2)["tx_timeout"])).Expect("PULL").Fields().Done()
            .Expect("RUN", f => Assert.False(Extra(f, 2).ContainsKey("tx_timeout"))).Expect("PULL").Fields().Done()
            .Goodbye());
        await using (var driver = For(server))
        {
            var config = new TransactionConfig { Timeout = TimeSpan.FromMilliseconds(1_500.25) };
            await (await driver.RunAsync("MATCH (e:Entity) RETURN e", null, AccessMode.Read, config)).ConsumeAsync();
            await (await driver.RunAsync("MATCH (e:Entity) RETURN e", mode: AccessMode.Read)).ConsumeAsync();
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public void A_negative_timeout_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TransactionConfig { Timeout = TimeSpan.FromSeconds(-1) });
    }

    private static IDictionary<string, object?> Extra(IReadOnlyList<object?> fields, int index = 0) =>
        (IDictionary<string, object?>)fields[index]!;
}
