using System.Text;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hardening;

/// <summary>
/// The catalogue of hostile input: malformed requests, abusive documents, forged IDs and cursors, injection strings,
/// unbounded traversals, missing or wrong credentials and adversarial documents. Each must get exactly its status
/// and error code, leave the service up and, unless it is a successful read, leave the store as it was.
/// </summary>
public static class HostileCatalogue
{
    private const string Bad = "BAD_USER_INPUT";
    private const string Request = "BAD_REQUEST";
    private const string Limit = "LIMIT_EXCEEDED";
    private const string Invalid = "GRAPHQL_VALIDATION_FAILED";
    private const string Mutation = "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { alreadyIngested } }";

    public static TheoryData<HostileCase> Cases => [.. All()];

    private static IEnumerable<HostileCase> All()
    {
        // Malformed bodies: not a well-formed GraphQL-over-HTTP request, 400 under both media types.
        yield return HostileCase.Post("not JSON", 400, Request, "NONSENSE");
        yield return HostileCase.Post("truncated JSON", 400, Request, "{\"query\":");
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

        // Media types.
        yield return Raw("text/plain body", 415, "text/plain");
        yield return Raw("form-encoded body", 415, "application/x-www-form-urlencoded");
        yield return Raw("multipart body", 415, "multipart/form-data; boundary=x");
        yield return Raw("latin-1 JSON", 415, "application/json; charset=iso-8859-1");
        yield return Raw("no content type", 415, null);
        yield return Raw("application/graphql body", 415, "application/graphql");
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

        // Depth and shape.
        yield return HostileCase.Query("selection depth 20", 400, Limit, Nest(20));
        yield return HostileCase.Query("syntax nesting 2000 deep", 400, Limit, string.Concat(Enumerable.Repeat("{ a ", 2000)) + new string('}', 2000));
        yield return HostileCase.Query("unbalanced braces", 400, "GRAPHQL_PARSE_FAILED", new string('{', 5000));
        yield return HostileCase.Query("60 aliases", 400, Limit, "{ " + string.Concat(Enumerable.Range(0, 60).Select(i => $"a{i}: __typename ")) + "}");
        yield return HostileCase.Query("an alias bomb of searches", 400, Limit,
            "{ " + string.Concat(Enumerable.Range(0, 1000).Select(i => $"s{i}: search(text: \"大连\") {{ nodes {{ name }} }} ")) + "}");
        yield return HostileCase.Query("25 root fields", 400, Limit, "{ " + string.Concat(Enumerable.Repeat("__typename ", 25)) + "}");
        yield return HostileCase.Query("a fragment cycle", 400, Invalid, "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
        yield return HostileCase.Query("a self-spreading fragment", 400, Invalid, "{ ...A } fragment A on Query { __typename ...A }");
        yield return HostileCase.Query("a fragment explosion", 400, Limit,
            "{ companies(first: 100) { nodes { ...R } } } fragment R on Company { relations(first: 100) { edges { other { ...M } } } } " +
            "fragment M on Entity { mentionedIn(first: 100) { entities(first: 100) { name aliases } } }");
        yield return HostileCase.Query("nested lists past the cost limit", 400, Limit,
            "{ places(first: 100) { nodes { children(first: 100) { locatedHere(first: 100) { mentionedIn(first: 100) { name } } } } } }");
        yield return HostileCase.Query("60 directives", 400, Limit, "{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", 60)) + "}");
        yield return HostileCase.Query("an unknown directive", 400, Invalid, "{ __typename @drop(table: \"entities\") }");
        yield return HostileCase.Query("a repeated non-repeatable directive", 400, Invalid, "{ __typename @skip(if: false) @skip(if: false) }");

        // Variables.
        yield return HostileCase.Query("a string for Int", 400, Bad, "query($n: Int!) { companies(first: $n) { nodes { name } } }", new { n = "abc" });
        yield return HostileCase.Query("an Int past 32 bits", 400, Bad, "query($n: Int!) { companies(first: $n) { nodes { name } } }", new { n = 1L << 40 });
        yield return HostileCase.Query("an object for a list", 400, Bad, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new { a = 1 } });
        yield return HostileCase.Query("an undeclared variable", 400, Invalid, "{ companies(first: $n) { nodes { name } } }");
        yield return HostileCase.Query("a missing required variable", 400, Bad, "query($n: Int!) { companies(first: $n) { nodes { name } } }");
        yield return HostileCase.Query("an unknown enum value", 400, Bad, "query($k: [EntityKind!]) { search(text: \"大连\", kinds: $k) { nodes { name } } }",
            new { k = new[] { "DROP" } });

        // Page sizes and oversized lists.
        yield return HostileCase.Query("first -1", 200, Bad, "{ companies(first: -1) { nodes { name } } }");
        yield return HostileCase.Query("first 101", 200, Bad, "{ companies(first: 101) { nodes { name } } }");
        yield return HostileCase.Query("first int.MaxValue", 400, Limit, "{ companies(first: 2147483647) { nodes { name } } }");
        yield return HostileCase.Query("first past Int", 400, Invalid, "{ companies(first: 99999999999) { nodes { name } } }");
        yield return HostileCase.Query("nested first 1000", 200, Bad, "{ places(first: 5) { nodes { children(first: 1000) { name } } } }");
        yield return HostileCase.Query("101 ids", 200, Bad, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new { ids = Enumerable.Range(0, 101).Select(i => $"id{i}").ToArray() });

        // Forged cursors and global IDs.
        yield return HostileCase.Query("a forged cursor", 200, Bad, "{ companies(after: \"forged\") { nodes { name } } }");
        yield return HostileCase.Query("a cursor of another list", 200, Bad, $"{{ companies(after: \"{B64("list:Place:NameAscending|x")}\") {{ nodes {{ name }} }} }}");
        yield return HostileCase.Query("a cursor with a garbage key", 200, Bad, $"{{ companies(after: \"{B64("list:Company:NameAscending|garbage")}\") {{ nodes {{ name }} }} }}");
        yield return HostileCase.Query("a 2000-character cursor", 200, Bad, $"{{ companies(after: \"{new string('A', 2000)}\") {{ nodes {{ name }} }} }}");
        yield return HostileCase.Query("a forged nested cursor", 200, Bad, "{ places(first: 3) { nodes { relations(after: \"!!\") { edges { cursor } } } } }");
        yield return HostileCase.Query("a non-base64 ID", 200, Bad, "{ node(id: \"%%%\") { id } }");
        yield return HostileCase.Query("an ID without a local part", 200, Bad, $"{{ node(id: \"{B64("Place:")}\") {{ id }} }}");
        yield return HostileCase.Query("an ID of an unknown type", 200, Bad, $"{{ node(id: \"{B64("Nope:x")}\") {{ id }} }}");
        yield return HostileCase.Query("a relation ID where an entity is due", 200, Bad, $"{{ neighborhood(id: \"{B64("Relation:rel_1")}\") {{ truncated }} }}");
        yield return HostileCase.Query("a company ID as a place filter", 200, Bad, $"{{ places(where: {{ locatedIn: \"{B64("Company:x")}\" }}) {{ nodes {{ name }} }} }}");

        // Injection strings and odd text: answered normally, never executed.
        foreach (var text in new[] { "' OR 1=1 --", "\") MATCH (n) DETACH DELETE n //", "%", "_", "'; DROP TABLE entities; --", "大连\u0000\u0001", "\\\" OR \\\"\\\"=\\\"" })
        {
            yield return HostileCase.Query($"search for {Printable(text)}", 200, null, "query($t: String!) { search(text: $t) { nodes { name } } }", new { t = text });
            yield return HostileCase.Query($"nameContains {Printable(text)}", 200, null,
                "query($t: String!) { companies(where: { nameContains: $t, subtype: $t }) { nodes { name } } }", new { t = text });
        }

        yield return HostileCase.Query("a 10,000-character search", 200, Bad, "query($t: String!) { search(text: $t) { nodes { name } } }", new { t = new string('大', 10_000) });
        yield return HostileCase.Query("a 10,000-character name filter", 200, Bad,
            "query($t: String!) { places(where: { nameContains: $t }) { nodes { name } } }", new { t = new string('x', 10_000) });

        // Unbounded traversals.
        yield return HostileCase.Query("a 100-hop path", 200, Bad, $"{{ shortestPath(from: \"{B64("Place:a")}\", to: \"{B64("Place:b")}\", maxLength: 100) {{ length }} }}");
        yield return HostileCase.Query("a depth-10 neighborhood", 200, Bad, $"{{ neighborhood(id: \"{B64("Place:a")}\", depth: 10) {{ truncated }} }}");
        yield return HostileCase.Query("a 100,000-node neighborhood", 200, Bad, $"{{ neighborhood(id: \"{B64("Place:a")}\", limit: 100000) {{ truncated }} }}");

        // Credentials.
        var ingest = new { input = new { title = "t", text = "【x】\n● 标题\n大连市" } };
        yield return HostileCase.Query("a mutation without a key", 401, "UNAUTHENTICATED", Mutation, ingest);
        yield return HostileCase.Query("a mutation with a wrong key", 401, "UNAUTHENTICATED", Mutation, ingest, apiKey: "wrong");
        yield return HostileCase.Query("a mutation with a reader key", 403, "FORBIDDEN", Mutation, ingest, apiKey: GraphServerFactory.ReaderKey);
        yield return HostileCase.Query("a query with a wrong key", 401, "UNAUTHENTICATED", "{ __typename }", apiKey: "wrong");
        yield return HostileCase.Query("a mutation with a forged bearer token", 401, "UNAUTHENTICATED", Mutation, ingest) with
        {
            Authorization = "Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQWRtaW4ifQ.",
        };
        yield return new HostileCase("a mutation over GET", 405, Request, HttpMethod.Get,
            Url: "/graphql?query=" + Uri.EscapeDataString(Mutation), Body: null, ContentType: null, ApiKey: GraphServerFactory.WriterKey);

        // Hostile documents, refused before anything is written.
        yield return HostileCase.Query("an empty document", 200, Bad, Mutation, new { input = new { title = "t", text = "" } }, GraphServerFactory.WriterKey);
        yield return HostileCase.Query("a blank document", 200, Bad, Mutation, new { input = new { title = "t", text = " \n\t " } }, GraphServerFactory.WriterKey);
        yield return HostileCase.Query("a binary document", 200, Bad, Mutation, new { input = new { title = "t", text = "PK\u0003\u0004\u0000\u0000" } }, GraphServerFactory.WriterKey);
        yield return HostileCase.Query("a 1,000-character title", 200, Bad, Mutation, new { input = new { title = new string('t', 1000), text = "大连市" } }, GraphServerFactory.WriterKey);
        yield return HostileCase.Query("a document without a title", 400, Bad, Mutation, new { input = new { text = "大连市" } }, GraphServerFactory.WriterKey);
    }

    private static HostileCase Raw(string name, int status, string? contentType) =>
        new(name, status, Request, HttpMethod.Post, Body: Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}"), ContentType: contentType);

    private static string Nest(int depth) =>
        "{ places(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("parent { ", depth)) + "name" + new string('}', depth) + " } } }";

    private static string B64(string text) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    private static string Printable(string text) => string.Concat(text.Select(c => c < ' ' ? $"\\u{(int)c:X4}" : c.ToString()));
}
