using System.Security.Claims;

namespace Graph.GraphQL.Security;

/// <summary>Reading the caller's role from the authenticated principal.</summary>
public static class GraphClaims
{
    public const string RoleClaim = "role";

    private static readonly GraphRole[] Roles = [GraphRole.Reader, GraphRole.Writer, GraphRole.Admin];

    /// <summary>
    /// The role of an authenticated principal: its identity's single claim of the identity's role claim type, whose value is
    /// exactly <c>Reader</c>, <c>Writer</c> or <c>Admin</c> (case aside, trimmed). Null for an anonymous caller, for no
    /// such claim, for more than one, and for anything else: a number, a combination (<c>Reader,Writer</c>), another
    /// word. Claims of other types are never read.
    /// </summary>
    public static GraphRole? RoleOf(ClaimsPrincipal user)
    {
        GraphRole? role = null;
        foreach (var identity in user.Identities)
        {
            if (!identity.IsAuthenticated)
            {
                continue;
            }

            var claims = identity.FindAll(identity.RoleClaimType).ToList();
            if (claims.Count != 1 || Parse(claims[0].Value) is not { } found || (role is { } other && other != found))
            {
                return null;
            }

            role = found;
        }

        return role;
    }

    /// <summary>One of the role names, exactly (case-insensitive, surrounding white space ignored); null otherwise.</summary>
    public static GraphRole? Parse(string? value)
    {
        var name = value?.Trim();
        foreach (var role in Roles)
        {
            if (string.Equals(name, role.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>A stable name for the caller: the key's name, the token's subject, or the remote address.</summary>
    public static string PartitionKey(ClaimsPrincipal user, string? remoteAddress) =>
        user.Identity?.IsAuthenticated == true && user.Identity.Name is { Length: > 0 } name
            ? "user:" + name
            : "ip:" + (remoteAddress ?? "unknown");
}
