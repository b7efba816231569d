using System.Security.Cryptography;
using System.Text.Json;

namespace Graph.Bolt.Tests.Support;

/// <summary>The golden vectors written by Vectors/generate.mjs with the official JavaScript driver.</summary>
internal static class Vectors
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "vectors.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    public static TheoryData<string> Names(string section)
    {
        var data = new TheoryData<string>();
        foreach (var entry in Root.GetProperty(section).EnumerateArray())
        {
            data.Add(entry.GetProperty("name").GetString()!);
        }

        return data;
    }

    public static JsonElement Find(string section, string name) =>
        Root.GetProperty(section).EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);

    /// <summary>Asserts that <paramref name="actual"/> are the vector's bytes (inline hex, or length and SHA-256 for large ones).</summary>
    public static void AssertBytes(JsonElement vector, ReadOnlySpan<byte> actual)
    {
        if (vector.TryGetProperty("hex", out var hex))
        {
            Assert.Equal(hex.GetString(), Convert.ToHexStringLower(actual));
            return;
        }

        Assert.Equal(vector.GetProperty("length").GetInt32(), actual.Length);
        Assert.Equal(vector.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(actual)));
    }

    /// <summary>The vector's bytes when inline, else null (large vectors are checked through our own encoding).</summary>
    public static byte[]? InlineBytes(JsonElement vector) =>
        vector.TryGetProperty("hex", out var hex) ? Convert.FromHexString(hex.GetString()!) : null;
}
