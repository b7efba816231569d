namespace Graph.Bolt;

/// <summary>Turns a FAILURE's status code into the typed exception (https://neo4j.com/docs/status-codes/current/).</summary>
internal static class ErrorClassifier
{
    private const string TransientPrefix = "Neo.TransientError.";
    private const string ClientPrefix = "Neo.ClientError.";
    private const string DatabasePrefix = "Neo.DatabaseError.";
    private const string SecurityPrefix = "Neo.ClientError.Security.";

    /// <summary>Codes that mean "this server cannot take writes (any more)": routing forgets it as a writer.</summary>
    public static bool IsNotALeader(string code) =>
        code is "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase";

    public static Neo4jException FromFailure(string code, string message)
    {
        code = Standardize(code);
        if (code.StartsWith(TransientPrefix, StringComparison.Ordinal))
        {
            return new TransientException(code, message);
        }

        if (code == AuthorizationExpiredException.AuthorizationExpired)
        {
            return new AuthorizationExpiredException(message);
        }

        if (code.StartsWith(SecurityPrefix, StringComparison.Ordinal) &&
            (code.EndsWith(".Unauthorized", StringComparison.Ordinal) || code.EndsWith(".AuthenticationRateLimit", StringComparison.Ordinal) ||
             code.EndsWith(".CredentialsExpired", StringComparison.Ordinal) || code.EndsWith(".TokenExpired", StringComparison.Ordinal)))
        {
            return new AuthenticationException(code, message);
        }

        if (code.StartsWith(ClientPrefix, StringComparison.Ordinal))
        {
            return new ClientException(code, message);
        }

        return code.StartsWith(DatabasePrefix, StringComparison.Ordinal)
            ? new DatabaseException(code, message)
            : new Neo4jException(code, message);
    }

    /// <summary>
    /// A transaction terminated by the user or a stopped lock client is reported as transient but retrying it would undo
    /// what the user asked for, so, as the official drivers do, it counts as a client error.
    /// </summary>
    private static string Standardize(string code) => code switch
    {
        "Neo.TransientError.Transaction.Terminated" => "Neo.ClientError.Transaction.Terminated",
        "Neo.TransientError.Transaction.LockClientStopped" => "Neo.ClientError.Transaction.LockClientStopped",
        _ => code,
    };
}
