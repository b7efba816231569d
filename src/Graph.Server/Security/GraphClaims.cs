using System.Security.Claims;

namespace Graph.Server.Security;

/// <summary>Reading the caller's role from the authenticated principal.</summary>
internal static class GraphClaims
{
    public const string RoleClaim = "role";

    /// <summary>The highest role the principal holds, or null for an anonymous caller.</summary>
    public static GraphRole? RoleOf(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        GraphRole? best = null;
        foreach (var claim in user.Claims.Where(c => c.Type is RoleClaim or ClaimTypes.Role))
        {
            if (Enum.TryParse<GraphRole>(claim.Value, ignoreCase: true, out var role) && Enum.IsDefined(role) && (best is null || role > best))
            {
                best = role;
            }
        }

        return best;
    }

    /// <summary>A stable name for the caller: the key's name, the token's subject, or the remote address.</summary>
    public static string PartitionKey(ClaimsPrincipal user, string? remoteAddress) =>
        user.Identity?.IsAuthenticated == true && user.Identity.Name is { Length: > 0 } name
            ? "user:" + name
            : "ip:" + (remoteAddress ?? "unknown");
}
