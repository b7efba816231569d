namespace Graph.Server.Tests.Hardening;

/// <summary>Documents that are too large, too deep, too repetitive or too expensive to validate or run.</summary>
public static partial class HostileCatalogue
{
    private static IEnumerable<HostileCase> Documents()
    {
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
        yield return HostileCase.Query("17 operations", 400, Limit, string.Concat(Enumerable.Range(0, 17).Select(i => $"query Q{i} {{ __typename }} ")));
        yield return HostileCase.Query("101 fragments", 400, Limit,
            "{ __typename } " + string.Concat(Enumerable.Range(0, 101).Select(i => $"fragment F{i} on Query {{ __typename }} ")));

        // Which operation to run.
        yield return HostileCase.Query("two operations without an operationName", 400, "NO_OPERATION_NAME", "query A { __typename } query B { __typename }");
        yield return HostileCase.Post("an operationName the document does not define", 400, "INVALID_OPERATION_NAME",
            "{\"query\":\"query A { __typename }\",\"operationName\":\"B\"}");
        yield return HostileCase.Query("a document without an operation", 400, "NO_OPERATION", "fragment F on Query { __typename }");
        yield return HostileCase.Query("a subscription over plain HTTP (it needs a WebSocket or SSE)", 400, "BAD_REQUEST", "subscription { documentIngested { alreadyIngested } }");

        // Issue 14: 1.5 KB that kept a core busy for 23.6 minutes.
        yield return HostileCase.Query("the fragment fan-out of issue 14", 400, Limit,
            "query { ...F0 } " + string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ")) +
            "fragment F30 on Query { __typename }") with { CpuBound = TimeSpan.FromMilliseconds(100) };

        // The worst document for each super-linear step of validation and execution, each within 100 ms.
        foreach (var (name, attacks, query, operationName, code) in WorstDocuments.All())
        {
            var json = System.Text.Json.JsonSerializer.Serialize(new { query, operationName });
            yield return HostileCase.Post($"worst for {attacks}: {name}", code is null ? 200 : 400, code, json) with
            {
                CpuBound = TimeSpan.FromMilliseconds(100),
            };
        }
    }

    private static string Nest(int depth) =>
        "{ places(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("parent { ", depth)) + "name" + new string('}', depth) + " } } }";
}
