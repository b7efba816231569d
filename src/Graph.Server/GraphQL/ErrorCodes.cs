namespace Graph.Server.GraphQL;

/// <summary>The values of <c>extensions.code</c> that clients can rely on.</summary>
internal static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string BadRequest = "BAD_REQUEST";
    public const string NotFound = "NOT_FOUND";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string Timeout = "TIMEOUT";
    public const string Internal = "INTERNAL";
}
