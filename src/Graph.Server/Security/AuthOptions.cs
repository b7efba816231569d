namespace Graph.Server.Security;

/// <summary>Who may do what (configuration section <c>Graph:Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Graph:Auth";

    /// <summary>When true, queries need at least a reader key or token too; by default reads are open.</summary>
    public bool RequireKeyForReads { get; set; }

    /// <summary>The accepted API keys, sent as <c>X-Api-Key: KEY</c> or <c>Authorization: ApiKey KEY</c>.</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    public JwtOptions Jwt { get; set; } = new();
}
