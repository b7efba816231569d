using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hardening;

/// <summary>Arguments and variables: wrong types, oversized pages, forged IDs and cursors, injection strings, text that is not text.</summary>
public static partial class HostileCatalogue
{
    private static readonly string PlaceId = B64("Place:place_0000000000000000");

    private static IEnumerable<HostileCase> Inputs()
    {
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
        yield return HostileCase.Query("first 101", 200, Limit, "{ companies(first: 101) { nodes { name } } }");
        yield return HostileCase.Query("first int.MaxValue", 400, Limit, "{ companies(first: 2147483647) { nodes { name } } }");
        yield return HostileCase.Query("first past Int", 400, Invalid, "{ companies(first: 99999999999) { nodes { name } } }");
        yield return HostileCase.Query("nested first 1000", 200, Limit, "{ places(first: 5) { nodes { children(first: 1000) { name } } } }");
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

        // IDs whose type name and store ID disagree: node() finds nothing for them, and no other field may reach an entity with them.
        var companyAsPlace = B64("Place:company_0000000000000000");
        yield return HostileCase.Query("a place ID holding a company for neighborhood", 200, Bad, $"{{ neighborhood(id: \"{companyAsPlace}\") {{ truncated }} }}");
        yield return HostileCase.Query("a place ID holding a company for paths", 200, Bad,
            $"{{ paths(from: \"{companyAsPlace}\", to: \"{PlaceId}\") {{ shortestLength }} }}");
        yield return HostileCase.Query("a place ID holding a company for connection", 200, Bad,
            $"{{ connection(a: \"{companyAsPlace}\", b: \"{PlaceId}\") {{ direct {{ type }} }} }}");
        yield return HostileCase.Query("a place ID holding a company for timeline", 200, Bad, $"{{ timeline(entity: \"{companyAsPlace}\") {{ entries {{ date }} }} }}");
        yield return HostileCase.Query("a policy ID holding a place for policyImpact", 200, Bad,
            $"{{ policyImpact(policy: \"{B64("Policy:place_0000000000000000")}\") {{ chainCount }} }}");
        yield return HostileCase.Query("a place ID holding a company for facets", 200, Bad, $"{{ facets(around: \"{companyAsPlace}\") {{ kinds {{ count }} }} }}");
        yield return HostileCase.Query("a place ID holding a company as a series subject", 200, Bad,
            $"{{ series(indicator: \"{B64("Indicator:indicator_0000000000000000")}\", subjects: [\"{companyAsPlace}\"]) {{ points {{ periodEnd }} }} }}");

        // Injection strings and odd text: answered normally, never executed.
        foreach (var text in new[] { "' OR 1=1 --", "\") MATCH (n) DETACH DELETE n //", "%", "_", "'; DROP TABLE entities; --", "\\\" OR \\\"\\\"=\\\"" })
        {
            yield return HostileCase.Query($"search for {Printable(text)}", 200, null, "query($t: String!) { search(text: $t) { nodes { name } } }", new { t = text });
            yield return HostileCase.Query($"nameContains {Printable(text)}", 200, null,
                "query($t: String!) { organizations(where: { nameContains: $t, subtype: $t }) { nodes { name } } }", new { t = text });
        }

        // Text that is not text, or that normalizes to nothing (and would match every entity).
        foreach (var text in new[] { "大连\u0000\u0001", "大连\u001b[2J", "大\r\n连", "\u200b", "\u200b\u200b", "“”", "《》", "   " })
        {
            yield return HostileCase.Query($"search for {Printable(text)}", 200, Bad, "query($t: String!) { search(text: $t) { nodes { name } } }", new { t = text });
            yield return HostileCase.Query($"nameContains {Printable(text)}", 200, Bad,
                "query($t: String!) { companies(where: { nameContains: $t }) { nodes { name } } }", new { t = text });
            yield return HostileCase.Query($"facets for {Printable(text)}", 200, Bad, "query($t: String!) { facets(text: $t) { kinds { count } } }", new { t = text });
        }

        yield return HostileCase.Query("a subtype with a control character", 200, Bad, "{ places(where: { subtype: \"city\\u0000\" }) { nodes { name } } }");
        yield return HostileCase.Query("an unpaired surrogate escaped in a GraphQL string", 200, Bad, "{ search(text: \"大连\\ud800\") { nodes { name } } }");
        yield return HostileCase.Query("a 10,000-character search", 200, Bad, "query($t: String!) { search(text: $t) { nodes { name } } }", new { t = new string('大', 10_000) });
        yield return HostileCase.Query("a 10,000-character name filter", 200, Bad,
            "query($t: String!) { places(where: { nameContains: $t }) { nodes { name } } }", new { t = new string('x', 10_000) });

        // Unbounded traversals.
        yield return HostileCase.Query("a 100-hop path", 200, Bad, $"{{ shortestPath(from: \"{PlaceId}\", to: \"{PlaceId}\", maxLength: 100) {{ length }} }}");
        yield return HostileCase.Query("a depth-10 neighborhood", 200, Bad, $"{{ neighborhood(id: \"{PlaceId}\", depth: 10) {{ truncated }} }}");
        yield return HostileCase.Query("a 100,000-node neighborhood", 200, Bad, $"{{ neighborhood(id: \"{PlaceId}\", limit: 100000) {{ truncated }} }}");

        // Hostile documents, refused before anything is written.
        var writer = GraphServerFactory.WriterKey;
        yield return HostileCase.Query("an empty document", 200, Bad, Mutation, Ingest("t", ""), writer);
        yield return HostileCase.Query("a blank document", 200, Bad, Mutation, Ingest("t", " \n\t "), writer);
        yield return HostileCase.Query("a binary document", 200, Bad, Mutation, Ingest("t", "PK\u0003\u0004\u0000\u0000"), writer);
        yield return HostileCase.Query("a document with an unpaired surrogate", 200, Bad,
            "mutation { ingestDocument(input: { title: \"t\", text: \"大连市\\udc00\" }) { alreadyIngested } }", apiKey: writer);
        yield return HostileCase.Query("a document of 2,000,001 characters", 200, Bad, Mutation, Ingest("t", new string('a', 2_000_001)), writer);
        yield return HostileCase.Query("a 1,000-character title", 200, Bad, Mutation, Ingest(new string('t', 1000), "大连市"), writer);
        yield return HostileCase.Query("a document without a title", 400, Bad, Mutation, new { input = new { text = "大连市" } }, writer);
        foreach (var title in new[] { "标题\u0000", "标题\u001b[31m", "第一行\r\n第二行", "   " })
        {
            yield return HostileCase.Query($"a title {Printable(title)}", 200, Bad, Mutation, Ingest(title, "大连市"), writer);
        }

        yield return HostileCase.Query("a 201-character source", 200, Bad, Mutation, Ingest("t", "大连市", new string('s', 201)), writer);
        yield return HostileCase.Query("a source with a control character", 200, Bad, Mutation, Ingest("t", "大连市", "报\u0007社"), writer);
    }

    private static object Ingest(string title, string text, string? source = null) => new { input = new { title, text, source } };
}
