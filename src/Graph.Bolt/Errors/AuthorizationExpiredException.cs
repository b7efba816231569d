namespace Graph.Bolt;

/// <summary>
/// The server's authorization of the connection expired (<c>Neo.ClientError.Security.AuthorizationExpired</c>, e.g. cached
/// roles timed out). As in the official drivers it is retryable: the connection that saw it is closed without RESET,
/// every connection to that server authenticated before it is replaced rather than reused, and a managed transaction
/// runs again on a freshly authenticated connection.
/// </summary>
public sealed class AuthorizationExpiredException : ClientException
{
    public const string AuthorizationExpired = "Neo.ClientError.Security.AuthorizationExpired";

    public AuthorizationExpiredException(string message)
        : base(AuthorizationExpired, message)
    {
    }

    public override bool IsRetryable => true;
}
