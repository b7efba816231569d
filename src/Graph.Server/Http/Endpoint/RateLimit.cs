using System.Security.Claims;
using Graph.Server.Http.Analysis;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Http.Endpoint;

/// <summary>The caller's rate budget, charged once the caller is known and the operation may run (429 when spent).</summary>
internal sealed class RateLimit(OperationAdmission admission)
{
    public RequestProblem? Charge(HttpContext context, ClaimsPrincipal user, OperationAnalysis? analysis) =>
        admission.Charge(user, context.Connection.RemoteIpAddress?.ToString(), analysis);
}
