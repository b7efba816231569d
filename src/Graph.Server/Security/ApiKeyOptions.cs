using System.ComponentModel.DataAnnotations;
using Graph.GraphQL.Security;

namespace Graph.Server.Security;

/// <summary>One API key: its SHA-256 (hex) and the role it grants. The key itself is never stored.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>A name for logs and rate-limit partitions (never the key).</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes (<c>printf %s KEY | sha256sum</c>).</summary>
    [Required]
    [RegularExpression("^[0-9a-fA-F]{64}$")]
    public string Hash { get; set; } = string.Empty;

    public GraphRole Role { get; set; } = GraphRole.Reader;
}
