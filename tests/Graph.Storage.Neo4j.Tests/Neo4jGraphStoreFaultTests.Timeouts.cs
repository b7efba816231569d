using Graph.Bolt;
using Graph.Bolt.Tests.Support.Stub;
using Graph.Domain.Store;
using static Graph.Storage.Neo4j.Tests.Support.StoreScripts;

namespace Graph.Storage.Neo4j.Tests;

/// <summary>The server's own time bounds, reported in the domain's terms.</summary>
public sealed partial class Neo4jGraphStoreFaultTests
{
    [Theory]
    [InlineData("Neo.ClientError.Transaction.TransactionTimedOut")]
    [InlineData("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration")]
    public async Task A_read_the_server_times_out_fails_as_a_store_timeout_at_once(string code)
    {
        var script = StartUp(new Script().Login()).Expect("BEGIN").Success().Expect("RUN").Expect("PULL")
            .Failure(code, "The transaction has been terminated.").Ignored()
            .Expect("RESET").Success()
            .Goodbye();
        await using var server = StubServer.Start(script);
        await using (var store = Store(server.Uri()))
        {
            await store.InitializeAsync();

            var error = await Assert.ThrowsAsync<GraphStoreTimeoutException>(() => store.GetEntitiesAsync([Dalian.Id]));

            Assert.Equal(code, Assert.IsType<ClientException>(error.InnerException).Code);
            Assert.Contains(server.Address, error.Message, StringComparison.Ordinal);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_lock_wait_that_outlasts_the_retry_budget_fails_as_a_store_timeout()
    {
        const string lockTimeout = "Neo.TransientError.Transaction.LockAcquisitionTimeout";
        var script = StartUp(new Script().Login());
        for (var i = 0; i < 2; i++)
        {
            script.Expect("BEGIN").Success().Expect("RUN").Expect("PULL")
                .Failure(lockTimeout, "Unable to acquire lock within the configured timeout.").Ignored()
                .Expect("RESET").Success();
        }

        await using var server = StubServer.Start(script.Goodbye());
        await using (var store = Store(server.Uri(), o => o.MaxTransactionRetryTime = TimeSpan.FromMilliseconds(250)))
        {
            await store.InitializeAsync();

            var error = await Assert.ThrowsAsync<GraphStoreTimeoutException>(() => store.GetEntitiesAsync([Dalian.Id]));

            Assert.Equal(lockTimeout, Assert.IsType<TransientException>(error.InnerException).Code);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }
}
