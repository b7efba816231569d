using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Graph.Server.Http;

/// <summary>Strong entity tags of answers (RFC 9110 section 8.8.3) and the <c>If-None-Match</c> check (section 13.1.2).</summary>
internal static class EntityTags
{
    /// <summary>A strong tag from the answer's bytes: the same bytes, the same tag, whatever produced them.</summary>
    public static string Of(ReadOnlySpan<byte> body) =>
        "\"" + System.Buffers.Text.Base64Url.EncodeToString(SHA256.HashData(body).AsSpan(0, 18)) + "\"";

    /// <summary>True when the request's <c>If-None-Match</c> lists <paramref name="tag"/> or is <c>*</c> (weak comparison, as 13.1.2 asks).</summary>
    public static bool Matches(HttpRequest request, string tag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(tag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
