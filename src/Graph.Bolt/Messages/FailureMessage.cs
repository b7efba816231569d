namespace Graph.Bolt.Messages;

/// <summary>
/// FAILURE (7F, #messages-failure): <c>{code, message}</c>; from Bolt 5.7 the status code is in <c>neo4j_code</c> beside
/// the GQL status fields.
/// </summary>
internal sealed class FailureMessage(IReadOnlyDictionary<string, object?> metadata) : IResponseMessage
{
    public const string UnknownCode = "Neo.DatabaseError.General.UnknownError";

    public IReadOnlyDictionary<string, object?> Metadata { get; } = metadata;

    public string Name => "FAILURE";

    public string Code =>
        (Metadata.TryGetValue("neo4j_code", out var gql) ? gql as string : null) ??
        (Metadata.TryGetValue("code", out var code) ? code as string : null) ?? UnknownCode;

    public string Message =>
        (Metadata.TryGetValue("message", out var message) ? message as string : null) ??
        (Metadata.TryGetValue("description", out var description) ? description as string : null) ?? "The server reported a failure.";

    public Neo4jException ToException() => ErrorClassifier.FromFailure(Code, Message);
}
