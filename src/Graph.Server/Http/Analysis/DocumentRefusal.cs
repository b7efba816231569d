namespace Graph.Server.Http.Analysis;

/// <summary>Why a document is refused before it is validated: a limit (LIMIT_EXCEEDED) or a fragment cycle (GRAPHQL_VALIDATION_FAILED).</summary>
internal sealed record DocumentRefusal(string Code, string Message);
