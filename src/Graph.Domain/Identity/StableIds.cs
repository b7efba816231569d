using System.Security.Cryptography;
using System.Text;
using Graph.Domain.Model;

namespace Graph.Domain.Identity;

/// <summary>
/// Deterministic identifiers. Each is a short kind prefix plus the first 64 bits of SHA-256 over the
/// identity parts joined by U+001F, so IDs are stable across runs, machines and backends.
/// </summary>
public static class StableIds
{
    private const char Separator = '\u001f';
    private const int HashBytes = 8;

    /// <summary>The ID of an entity of <paramref name="kind"/> whose canonical key is <paramref name="key"/>.</summary>
    public static EntityId Entity(EntityKind kind, string key) =>
        new($"{KindPrefix(kind)}{Hash(kind.ToString(), CanonicalName.Normalize(key))}");

    /// <summary>How the IDs of every entity of <paramref name="kind"/> begin (<c>place_</c>).</summary>
    public static string KindPrefix(EntityKind kind) => kind.ToString().ToLowerInvariant() + "_";

    /// <summary>The ID of a relation; <paramref name="discriminator"/> separates parallel relations (e.g. two roles).</summary>
    public static RelationId Relation(RelationType type, EntityId from, EntityId to, string? discriminator = null) =>
        new($"rel_{Hash(type.ToName(), from.Value, to.Value, discriminator ?? string.Empty)}");

    /// <summary>The ID of an observation.</summary>
    public static ObservationId Observation(
        EntityId indicator, EntityId subject, DateOnly periodStart, DateOnly periodEnd, string unit, EntityId article) =>
        new($"obs_{Hash(indicator.Value, subject.Value, periodStart.ToString("O"), periodEnd.ToString("O"), unit, article.Value)}");

    /// <summary>The SHA-256 content hash of a document, lower-case hex; this is the document's identity.</summary>
    public static string DocumentHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Hash(params string[] parts)
    {
        var joined = string.Join(Separator, parts);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(joined), digest);
        return Convert.ToHexStringLower(digest[..HashBytes]);
    }
}
