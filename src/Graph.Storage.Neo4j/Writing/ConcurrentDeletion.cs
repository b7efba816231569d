using Graph.Bolt;

namespace Graph.Storage.Neo4j.Writing;

/// <summary>
/// A write lock that was granted on a node the transaction holding it before had deleted: the server reports the node
/// as not found. Running the whole unit again finds the node gone and decides afresh, so the failure is made retryable.
/// </summary>
internal static class ConcurrentDeletion
{
    public const string Code = "Graph.Storage.Neo4j.ConcurrentDeletion";

    private const string EntityNotFound = "Neo.ClientError.Statement.EntityNotFound";

    public static bool Is(ClientException exception) => exception.Code == EntityNotFound;

    public static TransientException Retryable(ClientException exception) =>
        new(Code, $"A node this transaction waited to lock was deleted by the transaction it waited for: {exception.Message}");
}
