using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Storage.Neo4j.Mapping;

/// <summary>
/// Property encodings: decimals as invariant text (Neo4j has no decimal type and a float would lose 9516.90's scale and
/// 5.0123456789012345678's digits), string maps as JSON text, dates as Neo4j dates.
/// </summary>
internal static class ScalarValues
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Decimal(decimal? value) => value is { } d ? Decimal(d) : null;

    public static decimal ParseDecimal(object? value) => value switch
    {
        string text => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture),
        double d => (decimal)d,
        long l => l,
        _ => throw new FormatException($"Expected a decimal, got {value?.GetType().Name ?? "null"}."),
    };

    public static string? Map(IReadOnlyDictionary<string, string>? map) => map is { Count: > 0 } ? JsonSerializer.Serialize(map, Json) : null;

    public static Dictionary<string, string>? ParseMap(object? value) =>
        value is string json ? JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) : null;

    public static DateOnly? Date(object? value) => value switch
    {
        null => null,
        DateOnly date => date,
        string text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new FormatException($"Expected a date, got {value.GetType().Name}."),
    };

    public static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static List<string> Strings(object? value) => value is IEnumerable<object?> items ? items.OfType<string>().ToList() : [];
}
