using System.Text.RegularExpressions;
using Graph.GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http.Persisted;

/// <summary>
/// Turns a request that names its document by hash into one that carries it, and keeps untrusted documents out when
/// <see cref="PersistedOperationsOptions.Only"/> is set. A hash comes as <c>documentId</c> (<c>sha256:HEX</c> or bare
/// HEX, the GraphQL-over-HTTP persisted documents proposal) or as <c>extensions.persistedQuery.sha256Hash</c> with
/// <c>version: 1</c> (Apollo's automatic persisted queries): an unknown hash without a text answers
/// <c>PersistedQueryNotFound</c>, and the client sends the text with the hash, which the service checks and remembers.
/// </summary>
internal sealed partial class PersistedOperations(IOptions<PersistedOperationsOptions> options, TrustedDocuments trusted)
{
    private readonly RecentDocuments _recent = new(options.Value.CacheEntries, options.Value.CacheChars);

    public (GraphQLHttpRequest? Request, RequestProblem? Problem) Resolve(GraphQLHttpRequest request)
    {
        var settings = options.Value;
        var (hash, problem) = HashOf(request);
        if (problem is not null)
        {
            return (null, problem);
        }

        if (hash is null)
        {
            return settings.Only && !trusted.Contains(TrustedDocuments.HashOf(request.Query))
                ? (null, Refused(ErrorCodes.PersistedQueryNotInList, "Only trusted documents run on this service; this one is not in its manifest."))
                : (request, null);
        }

        if (request.Query.Length == 0)
        {
            if (trusted.TryGet(hash, out var document) || (!settings.Only && settings.Automatic && _recent.TryGet(hash, out document)))
            {
                return (request with { Query = document }, null);
            }

            // Apollo's clients recognise these two messages and send the full text (or stop asking) next.
            return !settings.Automatic && !settings.Only
                ? (null, Refused(ErrorCodes.PersistedQueryNotSupported, "PersistedQueryNotSupported"))
                : (null, Refused(ErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound"));
        }

        if (!string.Equals(TrustedDocuments.HashOf(request.Query), hash, StringComparison.Ordinal))
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, "The provided sha256Hash does not match the query."));
        }

        if (settings.Only && !trusted.Contains(hash))
        {
            return (null, Refused(ErrorCodes.PersistedQueryNotInList, "Only trusted documents run on this service; this one is not in its manifest."));
        }

        if (settings.Automatic && !trusted.Contains(hash))
        {
            _recent.Add(hash, request.Query);
        }

        return (request, null);
    }

    private static (string? Hash, RequestProblem? Problem) HashOf(GraphQLHttpRequest request)
    {
        string? hash = null;
        if (request.DocumentId is { } documentId)
        {
            hash = documentId.StartsWith("sha256:", StringComparison.Ordinal) ? documentId["sha256:".Length..] : documentId;
        }
        else if (request.Extensions?.TryGetValue("persistedQuery", out var value) == true && value is not null)
        {
            if (value is not IDictionary<string, object?> persisted)
            {
                return (null, Bad("'extensions.persistedQuery' must be an object."));
            }

            if (!persisted.TryGetValue("version", out var version) || !IsOne(version))
            {
                return (null, Bad("Only 'extensions.persistedQuery.version' 1 is supported."));
            }

            hash = persisted.TryGetValue("sha256Hash", out var sha) ? sha as string : null;
            if (hash is null)
            {
                return (null, Bad("'extensions.persistedQuery.sha256Hash' must be a string."));
            }
        }

        return hash is null || Sha256Hex().IsMatch(hash)
            ? (hash, null)
            : (null, Bad("A document hash is 64 lower-case hexadecimal digits (SHA-256)."));
    }

    private static bool IsOne(object? version) => version switch
    {
        int i => i == 1,
        long l => l == 1,
        double d => d == 1,
        decimal m => m == 1,
        _ => false,
    };

    private static RequestProblem Bad(string message) => new(StatusCodes.Status400BadRequest, message);

    /// <summary>A well-formed request the service will not run as sent: 400 under the new media type, 200 under application/json.</summary>
    private static RequestProblem Refused(string code, string message) => new(StatusCodes.Status400BadRequest, message, code, WellFormed: true);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
