using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Server.Cli;

/// <summary>
/// Writes the export shape other tools read:
/// <c>{"entities":[{id,kind,name,aliases}],"relations":[{type,from,to,properties}],"observations":[{subject,indicator,value,
/// unit,normalizedValue,baseUnit,periodStart,periodEnd,yoyPct,unresolvedPeriod?,article}],"articles":[{id,title,source,document}]}</c>,
/// streamed from the store so memory stays flat.
/// </summary>
internal static class JsonExport
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(IGraphExporter store, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        var articles = new List<Entity>();
        writer.WriteStartObject();

        writer.WriteStartArray("entities");
        await foreach (var entity in store.ReadAllEntitiesAsync(cancellationToken).ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("id", entity.Id.Value);
            writer.WriteString("kind", entity.Kind.ToString());
            writer.WriteString("name", entity.Name);
            writer.WriteStartArray("aliases");
            foreach (var alias in entity.Aliases)
            {
                writer.WriteStringValue(alias);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            if (entity.Kind == EntityKind.Article)
            {
                articles.Add(entity);
            }

            await FlushIfFullAsync(writer, cancellationToken).ConfigureAwait(false);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("relations");
        await foreach (var relation in store.ReadAllRelationsAsync(cancellationToken).ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("type", relation.Type.ToName());
            writer.WriteString("from", relation.From.Value);
            writer.WriteString("to", relation.To.Value);
            writer.WriteStartObject("properties");
            foreach (var (key, value) in relation.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            await FlushIfFullAsync(writer, cancellationToken).ConfigureAwait(false);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("observations");
        await foreach (var observation in store.ReadAllObservationsAsync(cancellationToken).ConfigureAwait(false))
        {
            WriteObservation(writer, observation);
            await FlushIfFullAsync(writer, cancellationToken).ConfigureAwait(false);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("articles");
        foreach (var article in articles)
        {
            var attributes = article.AttributesOrEmpty;
            writer.WriteStartObject();
            writer.WriteString("id", article.Id.Value);
            writer.WriteString("title", article.Name);
            WriteNullableString(writer, "source", attributes.GetValueOrDefault(EntityAttributes.Source));
            WriteNullableString(writer, "document", attributes.GetValueOrDefault(EntityAttributes.Document));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteObservation(Utf8JsonWriter writer, Observation observation)
    {
        writer.WriteStartObject();
        writer.WriteString("subject", observation.Subject.Value);
        writer.WriteString("indicator", observation.Indicator.Value);
        writer.WriteNumber("value", observation.Value);
        writer.WriteString("unit", observation.Unit);
        if (observation.NormalizedValue is { } normalized)
        {
            writer.WriteNumber("normalizedValue", normalized);
        }
        else
        {
            writer.WriteNull("normalizedValue");
        }

        WriteNullableString(writer, "baseUnit", observation.BaseUnit);
        writer.WriteString("periodStart", observation.PeriodStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("periodEnd", observation.PeriodEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (observation.YoyPct is { } yoy)
        {
            writer.WriteNumber("yoyPct", yoy);
        }
        else
        {
            writer.WriteNull("yoyPct");
        }

        if (observation.UnresolvedPeriod is { } unresolved)
        {
            writer.WriteString("unresolvedPeriod", unresolved);
        }

        writer.WriteString("article", observation.Article.Value);
        writer.WriteEndObject();
    }

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static async Task FlushIfFullAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        const int FlushThreshold = 64 * 1024;
        if (writer.BytesPending > FlushThreshold)
        {
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
