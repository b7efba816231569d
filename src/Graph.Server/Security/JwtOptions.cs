namespace Graph.Server.Security;

/// <summary>Accepting JWT bearer tokens signed with a shared key (HS256); the role comes from the <c>role</c> claim.</summary>
public sealed class JwtOptions
{
    /// <summary>The symmetric signing key (at least 32 bytes of UTF-8). Empty disables bearer tokens.</summary>
    public string SigningKey { get; set; } = string.Empty;

    public string? Issuer { get; set; }

    public string? Audience { get; set; }
}
