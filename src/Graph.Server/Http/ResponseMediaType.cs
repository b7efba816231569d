using Microsoft.Net.Http.Headers;

namespace Graph.Server.Http;

/// <summary>
/// Chooses the response media type from the Accept header (spec section "Body"): the highest-quality supported type
/// wins; <c>*/*</c>, <c>application/*</c> and a missing header mean <c>application/json</c>, which is what every
/// legacy client understands and what the graphql-http audit expects; nothing supported means 406.
/// </summary>
internal static class ResponseMediaType
{
    /// <summary>The media type to answer with, or null when the client accepts none we produce.</summary>
    public static string? Choose(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return MediaTypes.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges))
        {
            return null;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            var candidate = Supported(range);
            if (candidate is not null && quality > bestQuality)
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>True when the client prefers an HTML page (a browser navigating to the endpoint).</summary>
    public static bool PrefersHtml(string? accept) =>
        accept is not null && accept.Contains(MediaTypes.Html, StringComparison.OrdinalIgnoreCase);

    private static string? Supported(MediaTypeHeaderValue range)
    {
        var type = range.MediaType.Value?.ToLowerInvariant();
        if (range.Charset.HasValue && !string.Equals(range.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return type switch
        {
            MediaTypes.GraphQLResponse => MediaTypes.GraphQLResponse,
            MediaTypes.Json => MediaTypes.Json,
            "application/*" or "*/*" => MediaTypes.Json,
            _ => null,
        };
    }
}
