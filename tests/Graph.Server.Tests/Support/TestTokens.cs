using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Graph.Server.Tests.Support;

/// <summary>HS256 JSON Web Tokens (RFC 7519) built by hand, so a test controls every claim, including the ones a library would insist on.</summary>
internal static class TestTokens
{
    public static string Create(string signingKey, IReadOnlyDictionary<string, object?> claims)
    {
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(claims.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value)));
        var signature = Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    /// <summary>Claims of a well-formed token: subject, issued now, expiring in <paramref name="lifetime"/> (10 minutes by default).</summary>
    public static Dictionary<string, object?> Claims(object? role, string? issuer, string? audience, TimeSpan? lifetime = null)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new Dictionary<string, object?>
        {
            ["sub"] = "analyst",
            ["role"] = role,
            ["iss"] = issuer,
            ["aud"] = audience,
            ["iat"] = now,
            ["exp"] = now + (long)(lifetime ?? TimeSpan.FromMinutes(10)).TotalSeconds,
        };
    }

    private static string Encode(byte[] bytes) => Base64Url.EncodeToString(bytes);
}
