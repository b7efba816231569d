using Graph.GraphQL;

namespace Graph.Server.Http;

/// <summary>
/// Why a request is refused before execution, with the status for each media type: request-level refusals of a
/// well-formed request use 200 under application/json (spec section "Status Codes").
/// </summary>
internal sealed record RequestProblem(
    int StatusCode, string Message, string Code = ErrorCodes.BadRequest, string? Allow = null, bool WellFormed = false)
{
    public int? RetryAfterSeconds { get; init; }

    public string? WwwAuthenticate { get; init; }

    /// <summary>The status to send under <paramref name="mediaType"/>.</summary>
    public int StatusFor(string mediaType) => WellFormed && mediaType == MediaTypes.Json ? 200 : StatusCode;
}
