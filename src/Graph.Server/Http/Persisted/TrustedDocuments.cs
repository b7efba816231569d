using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http.Persisted;

/// <summary>The trusted-documents manifest (<see cref="PersistedOperationsOptions.ManifestPath"/>), read once at start.</summary>
internal sealed class TrustedDocuments
{
    private readonly Dictionary<string, string> _byHash;

    public TrustedDocuments(IOptions<PersistedOperationsOptions> options)
    {
        var path = options.Value.ManifestPath;
        _byHash = string.IsNullOrEmpty(path) ? [] : Load(path, out _) ?? [];
    }

    public int Count => _byHash.Count;

    public bool TryGet(string hash, out string document) => _byHash.TryGetValue(hash, out document!);

    public bool Contains(string hash) => _byHash.ContainsKey(hash);

    /// <summary>Lower-case hex SHA-256 of a document's UTF-8 text: the hash clients send.</summary>
    public static string HashOf(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>The manifest's documents by hash, or null with what is wrong with the file.</summary>
    public static Dictionary<string, string>? Load(string path, out string? error)
    {
        error = null;
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            error = $"{PersistedOperationsOptions.SectionName}:ManifestPath '{path}' cannot be read as JSON: {exception.Message}";
            return null;
        }

        using (json)
        {
            var documents = new Dictionary<string, string>(StringComparer.Ordinal);
            var root = json.RootElement;
            IEnumerable<(string? Hash, JsonElement Body)> entries = root.ValueKind switch
            {
                JsonValueKind.Object when root.TryGetProperty("operations", out var operations) && operations.ValueKind == JsonValueKind.Array =>
                    operations.EnumerateArray().Select(o => (
                        o.ValueKind == JsonValueKind.Object && o.TryGetProperty("id", out var id) ? id.GetString() : null,
                        o.ValueKind == JsonValueKind.Object && o.TryGetProperty("body", out var body) ? body : default)),
                JsonValueKind.Object => root.EnumerateObject().Select(p => ((string?)p.Name, p.Value)),
                _ => [],
            };
            foreach (var (hash, body) in entries)
            {
                if (hash is null || body.ValueKind != JsonValueKind.String)
                {
                    error = $"{PersistedOperationsOptions.SectionName}:ManifestPath '{path}': each entry needs a hash and a document string.";
                    return null;
                }

                var text = body.GetString()!;
                if (!string.Equals(hash, HashOf(text), StringComparison.Ordinal))
                {
                    error = $"{PersistedOperationsOptions.SectionName}:ManifestPath '{path}': '{hash}' is not the SHA-256 (lower-case hex) of its document.";
                    return null;
                }

                documents[hash] = text;
            }

            if (documents.Count == 0)
            {
                error = $"{PersistedOperationsOptions.SectionName}:ManifestPath '{path}' holds no documents.";
                return null;
            }

            return documents;
        }
    }
}
