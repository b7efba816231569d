using GraphQL;

namespace Graph.Server.Http;

/// <summary>A well-formed GraphQL-over-HTTP request (spec section "Request Parameters").</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
