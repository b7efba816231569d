namespace Graph.Server.Http;

/// <summary>Why a request is not a well-formed GraphQL-over-HTTP request, and the status that says so.</summary>
internal sealed record RequestProblem(int StatusCode, string Message, string? Allow = null);
