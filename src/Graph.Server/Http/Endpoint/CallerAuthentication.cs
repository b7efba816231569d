using System.Security.Claims;
using Graph.Server.Http.Analysis;
using Graph.Server.Security;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Http.Endpoint;

/// <summary>
/// Who calls and whether they may run this operation. It follows the document's limits because the role needed depends
/// on the operation (a mutation needs Writer), which is known only once the document is parsed.
/// </summary>
internal sealed class CallerAuthentication(OperationAdmission admission)
{
    public Task<(ClaimsPrincipal User, RequestProblem? Problem)> AuthenticateAsync(HttpContext context, OperationAnalysis? analysis) =>
        CallerAuthorization.RequireAsync(context, admission.RequiredRole(analysis), "This operation");
}
