using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Graph.Domain.Identity;

namespace Graph.Server.Hosting.SampleGraph;

/// <summary>JSON settings for graph batches on disk: camelCase, enums as names, IDs as plain strings, no computed properties.</summary>
internal static class GraphJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipComputedProperties } },
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new StringIdConverter<EntityId>(v => new EntityId(v), id => id.Value));
        options.Converters.Add(new StringIdConverter<RelationId>(v => new RelationId(v), id => id.Value));
        options.Converters.Add(new StringIdConverter<ObservationId>(v => new ObservationId(v), id => id.Value));
        return options;
    }

    /// <summary>Drops get-only properties (e.g. <c>Entity.AttributesOrEmpty</c>, <c>TextSpan.End</c>): they are derived, not data.</summary>
    private static void SkipComputedProperties(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Set is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }

    private sealed class StringIdConverter<T>(Func<string, T> create, Func<T, string> value) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            create(reader.GetString() ?? throw new JsonException("An ID must be a string."));

        public override void Write(Utf8JsonWriter writer, T id, JsonSerializerOptions options) => writer.WriteStringValue(value(id));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T id, JsonSerializerOptions options) =>
            writer.WritePropertyName(value(id));
    }
}
