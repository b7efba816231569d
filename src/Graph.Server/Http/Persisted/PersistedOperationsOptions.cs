using System.ComponentModel.DataAnnotations;

namespace Graph.Server.Http.Persisted;

/// <summary>Persisted operations (configuration section <c>Graph:PersistedOperations</c>).</summary>
public sealed class PersistedOperationsOptions
{
    public const string SectionName = "Graph:PersistedOperations";

    /// <summary>
    /// A trusted-documents manifest: a JSON object of SHA-256 hashes (lower-case hex) to documents, as GraphQL Code
    /// Generator's persisted documents write it, or Apollo's persisted query manifest (<c>{"operations":[{"id","body"}]}</c>).
    /// Checked at start: every hash must be the SHA-256 of its document.
    /// </summary>
    public string? ManifestPath { get; set; }

    /// <summary>Run only the manifest's documents (by hash, or by a text whose hash is in it); refuse every other one.</summary>
    public bool Only { get; set; }

    /// <summary>Apollo's automatic persisted queries: a hash the service has seen with its text before runs without the text.</summary>
    public bool Automatic { get; set; } = true;

    /// <summary>Documents the automatic cache keeps (least recently used go first).</summary>
    [Range(1, 1_000_000)]
    public int CacheEntries { get; set; } = 1_000;

    /// <summary>Characters of document text the automatic cache keeps in all.</summary>
    [Range(1_024, 1_000_000_000)]
    public int CacheChars { get; set; } = 4 * 1024 * 1024;
}
