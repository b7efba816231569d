namespace Graph.Server.Http.Endpoint;

/// <summary>What content negotiation decided: the IDE page, a refusal, or the media type to answer in.</summary>
/// <param name="MediaType">The response's media type (application/json for a Server-Sent Events stream's refusals).</param>
/// <param name="Streaming">The client asked for GraphQL over Server-Sent Events.</param>
internal sealed record Negotiation(string MediaType, bool Streaming, bool ServesIde = false, RequestProblem? Problem = null);
