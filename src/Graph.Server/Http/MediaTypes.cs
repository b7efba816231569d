namespace Graph.Server.Http;

/// <summary>Media types of the GraphQL-over-HTTP spec (graphql/graphql-over-http, spec/GraphQLOverHTTP.md, "Media Types").</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";

    /// <summary>Server-Sent Events (HTML Living Standard, "Server-sent events"), the media type of GraphQL over SSE.</summary>
    public const string EventStream = "text/event-stream";
}
