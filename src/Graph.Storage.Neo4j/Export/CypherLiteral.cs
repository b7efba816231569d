using System.Collections;
using System.Globalization;
using System.Text;

namespace Graph.Storage.Neo4j.Export;

/// <summary>
/// Cypher literals for the export script, which has no parameters to bind: strings single-quoted with backslash escapes,
/// map keys in backticks, dates as <c>date('…')</c>, floats in round-trip form.
/// </summary>
internal static class CypherLiteral
{
    public static void Write(StringBuilder output, object? value)
    {
        switch (value)
        {
            case null:
                output.Append("null");
                break;
            case string text:
                WriteString(output, text);
                break;
            case bool b:
                output.Append(b ? "true" : "false");
                break;
            case long or int:
                output.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double d when double.IsFinite(d):
                var number = d.ToString("R", CultureInfo.InvariantCulture);
                output.Append(number.Contains('.', StringComparison.Ordinal) || number.Contains('E', StringComparison.Ordinal) ? number : number + ".0");
                break;
            case double:
                throw new ArgumentException("Cypher has no literal for NaN or infinity.", nameof(value));
            case DateOnly date:
                output.Append("date('").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("')");
                break;
            case DateTimeOffset instant:
                output.Append("datetime('").Append(instant.ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture)).Append("')");
                break;
            case IDictionary map:
                WriteMap(output, map);
                break;
            case IEnumerable items:
                output.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    output.Append(first ? string.Empty : ", ");
                    Write(output, item);
                    first = false;
                }

                output.Append(']');
                break;
            default:
                throw new ArgumentException($"No Cypher literal for {value.GetType().Name}.", nameof(value));
        }
    }

    public static void WriteString(StringBuilder output, string text)
    {
        output.Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': output.Append("\\\\"); break;
                case '\'': output.Append("\\'"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case < ' ':
                    output.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: output.Append(c); break;
            }
        }

        output.Append('\'');
    }

    private static void WriteMap(StringBuilder output, IDictionary map)
    {
        output.Append('{');
        var first = true;
        foreach (DictionaryEntry entry in map)
        {
            output.Append(first ? string.Empty : ", ").Append('`').Append(((string)entry.Key).Replace("`", "``", StringComparison.Ordinal)).Append("`: ");
            Write(output, entry.Value);
            first = false;
        }

        output.Append('}');
    }
}
