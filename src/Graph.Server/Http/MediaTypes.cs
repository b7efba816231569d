namespace Graph.Server.Http;

/// <summary>Media types of the GraphQL-over-HTTP spec (graphql/graphql-over-http, spec/GraphQLOverHTTP.md, "Media Types").</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";
}
