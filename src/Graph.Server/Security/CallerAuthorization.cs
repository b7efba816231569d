using System.Security.Claims;
using Graph.GraphQL;
using Graph.GraphQL.Security;
using Graph.Server.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Security;

/// <summary>
/// Who is calling and whether they may: the credentials of a request (API key or bearer token) checked against the
/// role an endpoint needs. The same rule for <c>/graphql</c>, the SDL and the readiness counts.
/// </summary>
internal static class CallerAuthorization
{
    /// <summary>
    /// The caller (also set as <see cref="HttpContext.User"/>), and a problem when <paramref name="required"/> is not met:
    /// invalid or missing credentials are UNAUTHENTICATED (401), a weaker role is FORBIDDEN (403).
    /// </summary>
    public static async Task<(ClaimsPrincipal User, RequestProblem? Problem)> RequireAsync(HttpContext context, GraphRole? required, string what)
    {
        var authentication = await context.AuthenticateAsync(SecurityServiceCollectionExtensions.Scheme).ConfigureAwait(false);
        if (authentication.Failure is not null)
        {
            return (context.User, Unauthenticated("The credentials are not valid."));
        }

        var user = authentication.Principal ?? context.User;
        context.User = user;
        var role = GraphClaims.RoleOf(user);
        if (required is { } needed && role is null)
        {
            return (user, Unauthenticated($"{what} needs an API key or token with the {needed} role."));
        }

        return required is { } minimum && role < minimum
            ? (user, new RequestProblem(StatusCodes.Status403Forbidden, $"{what} needs the {minimum} role; the caller has {role}.", ErrorCodes.Forbidden, WellFormed: true))
            : (user, null);
    }

    private static RequestProblem Unauthenticated(string message) =>
        new(StatusCodes.Status401Unauthorized, message, ErrorCodes.Unauthenticated, WellFormed: true)
        {
            WwwAuthenticate = $"ApiKey header=\"{ApiKeyAuthenticationHandler.HeaderName}\", Bearer",
        };
}
