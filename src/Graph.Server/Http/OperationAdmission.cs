using System.Security.Claims;
using Graph.GraphQL;
using Graph.GraphQL.Security;
using Graph.Server.Http.Analysis;
using Graph.Server.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http;

/// <summary>
/// What every transport checks before an operation runs, the same way for GraphQL-over-HTTP, Server-Sent Events and
/// WebSocket: the document's size and shape limits, the role the operation needs, and the caller's rate budget.
/// </summary>
internal sealed class OperationAdmission(
    IOptions<GraphQLLimits> limits,
    IOptionsMonitor<AuthOptions> auth,
    GraphRateLimiter rateLimiter,
    DocumentAnalysisCache analyses)
{
    /// <summary>Parses and measures the document under the limits; throws <see cref="OperationCanceledException"/> past the deadline.</summary>
    public (OperationAnalysis? Analysis, RequestProblem? Problem) Analyze(GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        var (analysis, refusal) = analyses.Analyze(request.Query, request.OperationName, DocumentLimits(), cancellationToken);
        return refusal is null
            ? (analysis, null)
            : (null, new RequestProblem(StatusCodes.Status400BadRequest, refusal.Message, refusal.Code, WellFormed: true));
    }

    /// <summary>The role an operation needs: Writer for mutations, Reader for everything else when reads need a key.</summary>
    public GraphRole? RequiredRole(OperationAnalysis? analysis) =>
        analysis is { IsMutation: true } ? GraphRole.Writer : auth.CurrentValue.RequireKeyForReads ? GraphRole.Reader : null;

    /// <summary>
    /// The role check for a caller authenticated earlier (a WebSocket at <c>connection_init</c>): a missing role is
    /// UNAUTHENTICATED, a weaker one FORBIDDEN, as on <c>/graphql</c>.
    /// </summary>
    public RequestProblem? Authorize(ClaimsPrincipal user, OperationAnalysis? analysis)
    {
        if (RequiredRole(analysis) is not { } needed)
        {
            return null;
        }

        var role = GraphClaims.RoleOf(user);
        if (role is null)
        {
            return new RequestProblem(StatusCodes.Status401Unauthorized, $"This operation needs an API key or token with the {needed} role.", ErrorCodes.Unauthenticated, WellFormed: true);
        }

        return role < needed
            ? new RequestProblem(StatusCodes.Status403Forbidden, $"This operation needs the {needed} role; the caller has {role}.", ErrorCodes.Forbidden, WellFormed: true)
            : null;
    }

    /// <summary>Takes one permit of the caller's rate budget; a problem (429) when the caller is over it.</summary>
    public RequestProblem? Charge(ClaimsPrincipal user, string? remoteAddress, OperationAnalysis? analysis)
    {
        if (analysis is null || rateLimiter.TryAcquire(GraphClaims.PartitionKey(user, remoteAddress), analysis.IsMutation, analysis.RootFields) is not { } wait)
        {
            return null;
        }

        return new RequestProblem(StatusCodes.Status429TooManyRequests, $"Rate limit exceeded; retry in {wait} s.", ErrorCodes.LimitExceeded)
        {
            RetryAfterSeconds = wait,
        };
    }

    private DocumentLimits DocumentLimits()
    {
        var value = limits.Value;
        return new DocumentLimits(
            value.MaxDocumentBytes,
            value.MaxTokens,
            value.MaxParserDepth,
            value.MaxAliases,
            value.MaxRootFields,
            value.MaxDirectives,
            value.MaxOperations,
            value.MaxFragments,
            value.MaxSelections,
            value.MaxQueryDepth);
    }
}
