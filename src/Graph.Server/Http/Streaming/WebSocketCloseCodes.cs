namespace Graph.Server.Http.Streaming;

/// <summary>
/// Close codes of the graphql-transport-ws protocol (enisdenjo/graphql-ws, PROTOCOL.md) and of RFC 6455 section 7.4.1.
/// </summary>
internal static class WebSocketCloseCodes
{
    /// <summary>A message of a type or format the protocol does not define ("Invalid message").</summary>
    public const int BadRequest = 4400;

    /// <summary>A <c>subscribe</c> before the server acknowledged the connection.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The connection was refused at <c>connection_init</c> (bad or missing credentials).</summary>
    public const int Forbidden = 4403;

    /// <summary>No <c>connection_init</c> within the allowed time.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> with the ID of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>RFC 6455: a message larger than the endpoint accepts.</summary>
    public const int MessageTooBig = 1009;

    /// <summary>RFC 6455: a policy violation; used for a client that reads too slowly and for an idle connection.</summary>
    public const int PolicyViolation = 1008;
}
