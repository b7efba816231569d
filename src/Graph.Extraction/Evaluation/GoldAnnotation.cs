using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// The hand-made answer key of one document (<c>x.gold.json</c> beside <c>x.txt</c>): facts only, never the document's text.
/// </summary>
public sealed record GoldAnnotation(
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<GoldRelation> Relations,
    IReadOnlyList<GoldObservation> Observations)
{
    /// <summary>The suffix that pairs a gold file with its document: <c>x.txt</c> ↔ <c>x.gold.json</c>.</summary>
    public const string FileSuffix = ".gold.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads a gold file; a malformed one fails with its path in the message.</summary>
    public static GoldAnnotation Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<GoldAnnotation>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"Gold file {path} is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Gold file {path} is malformed: {exception.Message}", exception);
        }
    }
}
