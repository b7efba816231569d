using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Graph.Server.Security;

/// <summary>
/// Token lifetime rules: an expiry is required, the token must be current (within the clock skew), and it may not claim
/// to live longer than the configured maximum, counted from its issue time (<c>iat</c>), else its start (<c>nbf</c>),
/// else now (RFC 7519 sections 4.1.4 to 4.1.6). A stolen long-lived token is a standing key; a short one expires.
/// </summary>
internal static class TokenLifetime
{
    public static bool IsAcceptable(
        DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters, TimeSpan maxLifetime)
    {
        if (expires is not { } expiry)
        {
            return false;
        }

        var now = DateTime.UtcNow;
        if (expiry.ToUniversalTime() + parameters.ClockSkew < now || notBefore?.ToUniversalTime() - parameters.ClockSkew > now)
        {
            return false;
        }

        var issued = token is JsonWebToken { IssuedAt: var issuedAt } && issuedAt > DateTime.MinValue ? issuedAt : (DateTime?)null;
        var start = (issued ?? notBefore ?? now).ToUniversalTime();
        return expiry.ToUniversalTime() - start <= maxLifetime;
    }
}
