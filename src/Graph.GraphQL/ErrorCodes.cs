namespace Graph.GraphQL;

/// <summary>The values of <c>extensions.code</c> that clients can rely on.</summary>
public static class ErrorCodes
{
    /// <summary>Not a well-formed GraphQL-over-HTTP request (bad JSON, missing query, wrong method or media type).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>An argument or variable value the client got wrong.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>No valid credentials, and the operation needs some.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>Valid credentials whose role does not allow the operation.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>A size, shape, cost or rate limit was exceeded.</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";

    public const string Timeout = "TIMEOUT";

    /// <summary>The store cannot be reached.</summary>
    public const string Unavailable = "UNAVAILABLE";

    public const string Internal = "INTERNAL";

    /// <summary>A persisted document's hash the service does not know (Apollo's automatic persisted queries: send the text with it).</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>A hash without a text, on a service with automatic persisted queries off.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>A document that is not in the trusted-documents manifest, on a service that runs only those.</summary>
    public const string PersistedQueryNotInList = "PERSISTED_QUERY_NOT_IN_LIST";
}
