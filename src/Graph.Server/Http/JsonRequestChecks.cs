using System.Text.Json;

namespace Graph.Server.Http;

/// <summary>
/// What System.Text.Json lets through but the rest of the pipeline cannot take: an object that repeats a key (which
/// value wins is undefined, and the variables reader fails on it) and a string with an unpaired surrogate escape such as
/// <c>"\ud800"</c> (not text; it cannot be encoded as UTF-8). One walk over the parsed body, linear in its size.
/// </summary>
internal static class JsonRequestChecks
{
    /// <summary>A client-facing description of the first problem, or null when there is none.</summary>
    public static string? FindProblem(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (ReadString(() => property.Name) is not { } name)
                    {
                        return "A key in the request body is not valid text (an unpaired UTF-16 surrogate escape).";
                    }

                    if (!names.Add(name))
                    {
                        return $"The request body repeats the key '{Shorten(name)}' in one object.";
                    }

                    if (FindProblem(property.Value) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindProblem(item) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonValueKind.String:
                return ReadString(element.GetString) is null
                    ? "A string in the request body is not valid text (an unpaired UTF-16 surrogate escape)."
                    : null;
            default:
                return null;
        }
    }

    /// <summary>A clean description of a JSON syntax error: where it is, not how the parser works.</summary>
    public static string Describe(JsonException exception) =>
        exception.LineNumber is { } line && exception.BytePositionInLine is { } position
            ? $"The request body is not valid JSON (line {line + 1}, byte {position + 1})."
            : "The request body is not valid JSON.";

    /// <summary>The string, or null when it holds an unpaired surrogate (the reader throws on some, returns others).</summary>
    private static string? ReadString(Func<string?> read)
    {
        string? text;
        try
        {
            text = read();
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        return text is null || GraphQL.Inputs.TextInputs.HasUnpairedSurrogate(text) ? null : text;
    }

    private static string Shorten(string name) => name.Length <= 40 ? name : name[..40] + "…";
}
