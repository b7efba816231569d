using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Graph.Server.Http;

/// <summary>
/// Reads GraphQL-over-HTTP requests: JSON bodies of POSTs and query strings of GETs (spec sections "GET" and "POST").
/// Anything that is not a well-formed request becomes a <see cref="RequestProblem"/> with the status to send: a client
/// error with a plain message (never the parser's internals), logged at Debug at most.
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public async Task<(GraphQLHttpRequest? Request, RequestProblem? Problem)> ReadPostAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!IsJsonContentType(request.ContentType, out var problem))
        {
            return (null, problem);
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, new RequestProblem(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds {maxBytes} bytes."));
        }

        var (body, readProblem) = await ReadBodyAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        if (readProblem is not null)
        {
            return (null, readProblem);
        }

        if (body!.Length == 0)
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, "The request body is empty; expected a JSON object with a 'query'."));
        }

        // JsonDocument checks UTF-8 only when a string is read; checking up front turns bad bytes into a 400.
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, "The request body is not valid UTF-8."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException exception)
        {
            return (null, Bad(JsonRequestChecks.Describe(exception)));
        }

        using (document)
        {
            return JsonRequestChecks.FindProblem(document.RootElement) is { } bodyProblem
                ? (null, Bad(bodyProblem))
                : ReadParameters(document.RootElement);
        }
    }

    /// <summary>
    /// The body, read under the request's deadline. A malformed chunked body or one that arrives too slowly (Kestrel's
    /// minimum data rate, or the deadline) is the client's fault: 400 with a plain message. A client that went away
    /// gets no answer (the caller sees the abort).
    /// </summary>
    private static async Task<(byte[]? Body, RequestProblem? Problem)> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        // Every request reads its body through this chunk: pooled, so a busy service does not allocate 16 KiB per request.
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, new RequestProblem(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds {maxBytes} bytes."));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            return (null, Bad(exception.StatusCode == StatusCodes.Status408RequestTimeout
                ? "The request body arrived too slowly."
                : "The request body is malformed (its framing or chunked encoding is invalid)."));
        }
        catch (OperationCanceledException) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            return (null, Bad("The request body did not arrive before the request's deadline."));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return (buffer.ToArray(), null);
    }

    public (GraphQLHttpRequest? Request, RequestProblem? Problem) ReadGet(IQueryCollection query)
    {
        foreach (var key in new[] { "query", "operationName", "variables", "extensions", "documentId" })
        {
            if (query[key].Count > 1)
            {
                return (null, Bad($"The parameter '{key}' is given more than once."));
            }
        }

        var text = query["query"].ToString();
        var documentId = query["documentId"].Count == 1 ? query["documentId"].ToString() : null;
        var variables = ParseObject(query["variables"].ToString(), "variables", out var problem);
        if (problem is not null)
        {
            return (null, problem);
        }

        var extensions = ParseObject(query["extensions"].ToString(), "extensions", out problem);
        if (problem is not null)
        {
            return (null, problem);
        }

        var operationName = query["operationName"].ToString();
        var request = new GraphQLHttpRequest(text, operationName.Length == 0 ? null : operationName, variables, extensions, string.IsNullOrEmpty(documentId) ? null : documentId);
        return string.IsNullOrEmpty(text) && !request.NamesPersistedDocument
            ? (null, Bad("The 'query' parameter is missing."))
            : (request, null);
    }

    /// <summary>The request parameters of a JSON object (a POST body, a WebSocket <c>subscribe</c> message's payload).</summary>
    public (GraphQLHttpRequest? Request, RequestProblem? Problem) ReadParameters(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, Bad("The request body must be a JSON object."));
        }

        var hasQuery = root.TryGetProperty("query", out var query) && query.ValueKind != JsonValueKind.Null;
        if (hasQuery && query.ValueKind != JsonValueKind.String)
        {
            return (null, Bad("The request must have a 'query' string."));
        }

        string? documentId = null;
        if (root.TryGetProperty("documentId", out var id) && id.ValueKind != JsonValueKind.Null)
        {
            if (id.ValueKind != JsonValueKind.String)
            {
                return (null, Bad("'documentId' must be a string."));
            }

            documentId = id.GetString();
        }

        string? operationName = null;
        if (root.TryGetProperty("operationName", out var name))
        {
            if (name.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return (null, Bad("'operationName' must be a string or null."));
            }

            operationName = name.ValueKind == JsonValueKind.String ? name.GetString() : null;
        }

        var variables = ReadObject(root, "variables", out var problem);
        if (problem is not null)
        {
            return (null, problem);
        }

        var extensions = ReadObject(root, "extensions", out problem);
        if (problem is not null)
        {
            return (null, problem);
        }

        // Without a 'query', the request must name a persisted document (Apollo's persisted queries, or a documentId).
        var request = new GraphQLHttpRequest(
            hasQuery ? query.GetString()! : string.Empty, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions, documentId);
        return hasQuery || request.NamesPersistedDocument ? (request, null) : (null, Bad("The request must have a 'query' string."));
    }

    private Inputs? ReadObject(JsonElement root, string name, out RequestProblem? problem)
    {
        problem = null;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problem = Bad($"'{name}' must be a JSON object or null.");
            return null;
        }

        return Deserialize(value.GetRawText(), name, out problem);
    }

    /// <summary>Variables and extensions as GraphQL.NET reads them; anything it cannot read is the client's to fix.</summary>
    private Inputs? Deserialize(string json, string name, out RequestProblem? problem)
    {
        problem = null;
        try
        {
            return serializer.Deserialize<Inputs>(json);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            problem = Bad($"'{name}' could not be read as a JSON object.");
            return null;
        }
    }

    private Inputs? ParseObject(string text, string name, out RequestProblem? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text, DocumentOptions);
            if (JsonRequestChecks.FindProblem(document.RootElement) is { } textProblem)
            {
                problem = Bad(textProblem.Replace("request body", $"'{name}' parameter", StringComparison.Ordinal));
                return null;
            }

            switch (document.RootElement.ValueKind)
            {
                case JsonValueKind.Null:
                    return null;
                case JsonValueKind.Object:
                    return Deserialize(text, name, out problem);
                default:
                    problem = Bad($"'{name}' must be a JSON object or null.");
                    return null;
            }
        }
        catch (JsonException)
        {
            problem = Bad($"The '{name}' parameter is not valid JSON.");
            return null;
        }
    }

    private static bool IsJsonContentType(string? contentType, out RequestProblem? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            problem = new RequestProblem(StatusCodes.Status415UnsupportedMediaType, "POST requests must have Content-Type: application/json.");
            return false;
        }

        if (!string.Equals(parsed.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            problem = new RequestProblem(StatusCodes.Status415UnsupportedMediaType, $"Content-Type '{parsed.MediaType}' is not supported; use application/json.");
            return false;
        }

        // The spec allows only UTF-8 (section "JSON Encoding"); a body declared otherwise cannot be read correctly. The
        // parameter value may be quoted (RFC 9110 section 5.6.6: charset="utf-8" is the same as charset=utf-8).
        var charset = HeaderUtilities.RemoveQuotes(parsed.Charset);
        if (charset.HasValue && !string.Equals(charset.Value, Encoding.UTF8.WebName, StringComparison.OrdinalIgnoreCase))
        {
            problem = new RequestProblem(StatusCodes.Status415UnsupportedMediaType, $"Charset '{charset}' is not supported; use utf-8.");
            return false;
        }

        return true;
    }

    private static RequestProblem Bad(string message) => new(StatusCodes.Status400BadRequest, message);
}
