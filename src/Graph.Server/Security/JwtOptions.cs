using Graph.GraphQL.Security;
namespace Graph.Server.Security;

/// <summary>Accepting JWT bearer tokens signed with a shared key (HS256); the role comes from one claim.</summary>
public sealed class JwtOptions
{
    /// <summary>The symmetric signing key (at least 32 bytes of UTF-8). Empty disables bearer tokens.</summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>When set, a token must carry exactly this <c>iss</c>.</summary>
    public string? Issuer { get; set; }

    /// <summary>When set, a token must carry this <c>aud</c>.</summary>
    public string? Audience { get; set; }

    /// <summary>The one claim type that carries the role; claims of any other type (e.g. Microsoft's long role URI) are ignored.</summary>
    public string RoleClaimType { get; set; } = GraphClaims.RoleClaim;

    /// <summary>Longest lifetime a token may claim (<c>exp</c> minus <c>iat</c>, or <c>nbf</c>, or now); a token without <c>exp</c> is refused.</summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromDays(1);
}
