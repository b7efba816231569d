using System.Text;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hardening;

/// <summary>Requests that are not well-formed GraphQL-over-HTTP: bodies, media types, encodings, sizes, framing.</summary>
public static partial class HostileCatalogue
{
    private static IEnumerable<HostileCase> Requests()
    {
        // Malformed bodies: not a well-formed GraphQL-over-HTTP request, 400 under both media types.
        yield return HostileCase.Post("not JSON", 400, Request, "NONSENSE");
        yield return HostileCase.Post("truncated JSON", 400, Request, "{\"query\":") with { BodyMustNotContain = "Path:" };
        yield return HostileCase.Post("a batch array", 400, Request, "[{\"query\":\"{ __typename }\"}]");
        yield return HostileCase.Post("JSON null", 400, Request, "null");
        yield return HostileCase.Post("a JSON string", 400, Request, "\"{ __typename }\"");
        yield return HostileCase.Post("an empty object", 400, Request, "{}");
        yield return HostileCase.Post("a numeric query", 400, Request, "{\"query\":5}");
        yield return HostileCase.Post("a null query", 400, Request, "{\"query\":null}");
        yield return HostileCase.Post("string variables", 400, Request, "{\"query\":\"{ __typename }\",\"variables\":\"x\"}");
        yield return HostileCase.Post("array variables", 400, Request, "{\"query\":\"{ __typename }\",\"variables\":[1]}");
        yield return HostileCase.Post("object operationName", 400, Request, "{\"query\":\"{ __typename }\",\"operationName\":{}}");
        yield return HostileCase.Post("array extensions", 400, Request, "{\"query\":\"{ __typename }\",\"extensions\":[]}");
        yield return HostileCase.Post("JSON nested 2000 deep", 400, Request,
            "{\"query\":\"{ __typename }\",\"variables\":{\"a\":" + new string('[', 2000) + new string(']', 2000) + "}}");
        yield return HostileCase.Post("an empty body", 400, Request, string.Empty);
        yield return new HostileCase("invalid UTF-8 in the body", 400, Request, HttpMethod.Post,
            Body: [.. "{\"query\":\"{ search(text: \\\""u8, 0xC3, 0x28, 0xFF, .. "\\\") { nodes { name } } }\"}"u8]);

        // Duplicate keys: which value wins is undefined, and GraphQL.NET's variable reader failed on them with a 500.
        yield return HostileCase.Post("a repeated query key", 400, Request, "{\"query\":\"{ __typename }\",\"query\":\"{ statistics { entities } }\"}");
        yield return HostileCase.Post("a repeated variable", 400, Request, "{\"query\":\"query($a: Int) { __typename }\",\"variables\":{\"a\":1,\"a\":2}}");
        yield return HostileCase.Post("a repeated key deep in extensions", 400, Request, "{\"query\":\"{ __typename }\",\"extensions\":{\"x\":[{\"k\":1,\"k\":1}]}}");

        // Unpaired surrogates escaped in JSON strings are not text; they were a 500 with two stack traces in the log.
        yield return HostileCase.Post("an unpaired surrogate in variables", 400, Request,
            "{\"query\":\"query($t: String!) { search(text: $t) { nodes { name } } }\",\"variables\":{\"t\":\"\\ud800\"}}");
        yield return HostileCase.Post("an unpaired surrogate in the query", 400, Request, "{\"query\":\"{ __typename } # \\udfff\"}");
        yield return HostileCase.Post("an unpaired surrogate in operationName", 400, Request, "{\"query\":\"query Q { __typename }\",\"operationName\":\"Q\\ud800\"}");
        yield return HostileCase.Post("an unpaired surrogate in extensions", 400, Request, "{\"query\":\"{ __typename }\",\"extensions\":{\"\\ud800\":1}}");
        yield return new HostileCase("an unpaired surrogate in GET variables", 400, Request, HttpMethod.Get,
            Url: "/graphql?query=" + Uri.EscapeDataString("query($t: String) { __typename }") + "&variables=" + Uri.EscapeDataString("{\"t\":\"\\ud800\"}"),
            Body: null, ContentType: null);

        // Media types.
        yield return Raw("text/plain body", 415, "text/plain");
        yield return Raw("form-encoded body", 415, "application/x-www-form-urlencoded");
        yield return Raw("multipart body", 415, "multipart/form-data; boundary=x");
        yield return Raw("latin-1 JSON", 415, "application/json; charset=iso-8859-1");
        yield return Raw("no content type", 415, null);
        yield return Raw("application/graphql body", 415, "application/graphql");
        yield return Raw("a quoted utf-8 charset", 200, "application/json; charset=\"utf-8\"") with { ExpectedCode = null };
        yield return new HostileCase("unacceptable Accept", 406, Request, HttpMethod.Post,
            Body: Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}"), Accept: "text/xml");
        yield return new HostileCase("UTF-16 Accept", 406, Request, HttpMethod.Post,
            Body: Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}"), Accept: "application/json; charset=utf-16");
        yield return new HostileCase("DELETE method", 405, Request, HttpMethod.Delete, Body: null, ContentType: null);

        // Sizes.
        yield return HostileCase.Post("a 9 MB body", 413, Request,
            "{\"query\":\"{ __typename }\",\"extensions\":{\"pad\":\"" + new string('x', 9 * 1024 * 1024) + "\"}}");
        yield return HostileCase.Query("a 70 KB document", 400, Limit, "{ __typename }" + new string(' ', 70 * 1024));
        yield return HostileCase.Post("a 70 KB document under application/json", 200, Limit,
            System.Text.Json.JsonSerializer.Serialize(new { query = "#" + new string('x', 70 * 1024) + "\n{ __typename }" }), accept: "application/json");
        yield return HostileCase.Query("12,000 tokens", 400, Limit, "{ " + string.Concat(Enumerable.Repeat("__typename ", 12_000)) + "}");

        // Framing, on the wire: Kestrel's complaints about a body are the client's fault, not an internal error.
        yield return new HostileCase("a bad chunk size", 400, Request, HttpMethod.Post)
        {
            Raw = RawExchange.Of((TimeSpan.Zero, RawHead("Transfer-Encoding: chunked") + "ZZ\r\n{\"query\":\"{ __typename }\"}\r\n0\r\n\r\n")),
        };
        yield return new HostileCase("a body that trickles in slower than Kestrel's minimum rate", 400, Request, HttpMethod.Post)
        {
            Raw = RawExchange.Of(
                [(TimeSpan.Zero, RawHead("Content-Length: 200")), .. Enumerable.Range(0, 12).Select(_ => (TimeSpan.FromSeconds(1), " "))]),
            WarmUp = false,
        };
    }

    private static HostileCase Raw(string name, int status, string? contentType) =>
        new(name, status, Request, HttpMethod.Post, Body: Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}"), ContentType: contentType);

    private static string RawHead(string framing) =>
        $"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json\r\n{framing}\r\nConnection: close\r\n\r\n";
}
