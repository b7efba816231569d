using GraphQL;

namespace Graph.Server.Http;

/// <summary>A well-formed GraphQL-over-HTTP request (spec section "Request Parameters").</summary>
/// <param name="Query">The document; empty when the request names it by hash (<paramref name="DocumentId"/> or <c>extensions.persistedQuery</c>).</param>
/// <param name="DocumentId">A persisted document's ID (<c>sha256:HEX</c>), when the request names one.</param>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions, string? DocumentId = null)
{
    /// <summary>True when the request names a persisted document instead of carrying its text.</summary>
    public bool NamesPersistedDocument => DocumentId is not null || Extensions?.ContainsKey("persistedQuery") == true;
}
