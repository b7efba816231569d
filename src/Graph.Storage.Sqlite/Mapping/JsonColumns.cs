using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Storage.Sqlite.Mapping;

/// <summary>JSON text for list and map columns, and for ID lists passed to <c>json_each</c>.</summary>
internal static class JsonColumns
{
    // Relaxed escaping keeps Chinese text as UTF-8 (3 bytes) instead of \uXXXX (6 bytes); nothing here reaches HTML.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Array(IEnumerable<string> values) => JsonSerializer.Serialize(values, Options);

    public static object MapOrNull(IReadOnlyDictionary<string, string>? map) =>
        map is null || map.Count == 0 ? DBNull.Value : JsonSerializer.Serialize(map, Options);

    // Most entities have no aliases; skipping the parser for them matters on the entity-by-ID path.
    public static IReadOnlyList<string> ReadArray(string json) =>
        json == "[]" ? [] : JsonSerializer.Deserialize<string[]>(json, Options) ?? [];

    public static Dictionary<string, string>? ReadMap(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options);
}
