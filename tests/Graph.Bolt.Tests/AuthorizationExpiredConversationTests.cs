using Graph.Bolt.Tests.Support.Stub;
using static Graph.Bolt.Tests.Support.Stub.TestDrivers;

namespace Graph.Bolt.Tests;

/// <summary>
/// <c>Neo.ClientError.Security.AuthorizationExpired</c> as the official drivers treat it: retryable, the connection that
/// saw it closed without RESET, and the connections authenticated before it not reused.
/// </summary>
public sealed class AuthorizationExpiredConversationTests
{
    [Fact]
    public async Task An_expired_authorization_is_retried_on_a_fresh_connection_and_the_older_pooled_ones_are_dropped()
    {
        // Connection 1 holds an explicit transaction while connection 2 serves a managed read, so both end up idle; the
        // next read takes connection 1, whose authorization has expired. The retry must neither RESET it nor reuse
        // connection 2 (authenticated before the expiry), which is closed with GOODBYE; connection 3 serves the retry.
        await using var server = StubServer.Start(
            new Script().Login()
                .Expect("BEGIN").Success().Expect("COMMIT").Success()
                .Expect("BEGIN").Success()
                .Expect("RUN").Expect("PULL")
                .Failure(AuthorizationExpiredException.AuthorizationExpired, "The authorization info has expired.").Ignored()
                .Stall(),
            new Script().Login().Expect("BEGIN").Success().Expect("COMMIT").Success().Goodbye(),
            new Script().Login()
                .Expect("BEGIN").Success().Expect("RUN").Expect("PULL").Fields("n").Record(1L).Done().Expect("COMMIT").Success()
                .Goodbye());
        var attempts = 0;
        await using (var driver = For(server))
        {
            var held = await driver.BeginTransactionAsync(AccessMode.Read);
            await driver.ExecuteReadAsync((tx, ct) => Task.FromResult(0));
            await held.CommitAsync();

            var n = await driver.ExecuteReadAsync(async (tx, ct) =>
            {
                attempts++;
                return (long)(await (await tx.RunAsync("RETURN 1 AS n", cancellationToken: ct)).ToListAsync(ct))[0]["n"]!;
            });

            Assert.Equal(1L, n);
            Assert.Equal(2, attempts);
        }

        await server.VerifyAsync(expectedConnections: 3);
        Assert.DoesNotContain("RESET", server.Received[1]);
    }

    [Fact]
    public void The_code_is_classified_as_a_retryable_client_error()
    {
        var error = ErrorClassifier.FromFailure(AuthorizationExpiredException.AuthorizationExpired, "expired");

        Assert.IsType<AuthorizationExpiredException>(error);
        Assert.True(error.IsRetryable);
        Assert.IsType<ClientException>(ErrorClassifier.FromFailure("Neo.ClientError.Security.Forbidden", "no"), exactMatch: false);
        Assert.False(ErrorClassifier.FromFailure("Neo.ClientError.Security.Forbidden", "no").IsRetryable);
    }
}
