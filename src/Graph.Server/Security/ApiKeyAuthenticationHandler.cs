using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Graph.GraphQL.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Server.Security;

/// <summary>
/// Authenticates <c>X-Api-Key</c> (or <c>Authorization: ApiKey …</c>) against the SHA-256 hashes in configuration,
/// comparing in constant time.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<AuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey();
        if (key is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        foreach (var candidate in auth.CurrentValue.ApiKeys)
        {
            if (candidate.Hash.Length == 64
                && CryptographicOperations.FixedTimeEquals(presented, Convert.FromHexString(candidate.Hash)))
            {
                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.Name, candidate.Name), new Claim(GraphClaims.RoleClaim, candidate.Role.ToString())],
                    SchemeName,
                    ClaimTypes.Name,
                    GraphClaims.RoleClaim);
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
            }
        }

        return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
    }

    private string? ReadKey()
    {
        if (Request.Headers.TryGetValue(HeaderName, out var header) && header.Count == 1 && !string.IsNullOrEmpty(header[0]))
        {
            return header[0];
        }

        var authorization = Request.Headers.Authorization.ToString();
        const string Prefix = "ApiKey ";
        return authorization.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? authorization[Prefix.Length..].Trim() : null;
    }
}
