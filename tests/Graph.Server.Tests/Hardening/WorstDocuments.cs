using System.Text;

namespace Graph.Server.Tests.Hardening;

/// <summary>
/// For each validation or execution step whose cost grows faster than the document (in GraphQL.NET 8.8.5 or in ours),
/// the worst document we found for it, as large as the default limits let it be. Each is answered quickly: refused
/// before the expensive step runs, or cheap because the step is bounded.
/// </summary>
public static class WorstDocuments
{
    /// <summary>Name, the step it attacks, the document, the operation to run and the code of the answer (null: it runs and succeeds).</summary>
    public static IEnumerable<(string Name, string Attacks, string Query, string? OperationName, string? Code)> All() =>
        Documents().Select(d => (d.Name, d.Attacks, d.Query, d.Query.StartsWith("query Q0", StringComparison.Ordinal) ? "Q0" : null, d.Code));

    private static IEnumerable<(string Name, string Attacks, string Query, string? Code)> Documents()
    {
        // ComplexityVisitor and the executor's fragment walk: 2^30 expansions of a 1.5 KB document (issue 14).
        yield return ("fragment fan-out", "cost analysis", FanOut(30, "Query", "__typename"), "LIMIT_EXCEEDED");

        // The executor's CollectFields forgets fragments visited in nested spreads: a diamond per level doubles the walk.
        yield return ("fragment diamonds", "execution", "query { ...F0 } " + string.Concat(Enumerable.Range(0, 30).Select(i =>
            $"fragment F{i} on Query {{ ...A{i} ...B{i} }} fragment A{i} on Query {{ ...F{i + 1} }} fragment B{i} on Query {{ ...F{i + 1} }} ")) +
            "fragment F30 on Query { __typename }", "LIMIT_EXCEEDED");

        // Fan-out inside introspection, where fields are free of cost: only the expansion bound stops it.
        yield return ("fan-out under __schema", "execution", "{ __schema { types { ...T0 } } } " + FanOutFragments(30, "__Type", "name"), "LIMIT_EXCEEDED");

        // A fan-out fragment nobody spreads is still validated.
        yield return ("unused fan-out", "validation", "{ __typename } " + FanOutFragments(30, "Query", "__typename"), "LIMIT_EXCEEDED");

        // OverlappingFieldsCanBeMerged compares every pair of same-named fields: 4,900 leaves, 12 million pairs.
        yield return ("4,900 repeated leaves", "field merging", "{ places(first: 1) { nodes { " + Repeat("kind ", 4_900) + "} } }", null);

        // ... and recurses into the sub-selections of each pair.
        yield return ("1,200 repeated fields with sub-selections", "field merging",
            "{ statistics { " + Repeat("entitiesByKind { kind } ", 1_200) + "} }", "LIMIT_EXCEEDED");

        // ... and re-walks a chain of fragments for every pair of fields that spread it (132 s at 400 fields in 8.8.5).
        yield return ("fields spreading a chain of fragments", "field merging",
            "{ node(id: \"UGxhY2U6cGxhY2VfMA\") { ... on Place { " + string.Concat(Enumerable.Range(0, 65).Select(i => $"parent {{ ...P{i} }} ")) + "} } } " +
            string.Concat(Enumerable.Range(0, 65).Select(i => $"fragment P{i} on Place {{ parent {{ name }} {(i + 1 < 65 ? $"...P{i + 1}" : string.Empty)} }} ")),
            "LIMIT_EXCEEDED");

        // ... and compares every pair of fragments spread in one set.
        yield return ("100 fragments spread in one set", "field merging",
            "{ statistics { " + string.Concat(Enumerable.Range(0, 100).Select(i => $"...S{i} ")) + "} } " +
            string.Concat(Enumerable.Range(0, 100).Select(i => $"fragment S{i} on Statistics {{ entities documents }} ")), null);

        // NoFragmentCycles builds a path for every spread that closes a cycle: a chain whose every link spreads the first.
        yield return ("a chain that closes a cycle at every link", "fragment cycles",
            "{ ...C0 } " + string.Concat(Enumerable.Range(0, 100).Select(i => $"fragment C{i} on Query {{ ...C0 {(i + 1 < 100 ? $"...C{i + 1}" : string.Empty)} }} ")),
            "GRAPHQL_VALIDATION_FAILED");

        // Fragment-reference and variable rules walk every fragment once per operation, with linear list searches.
        yield return ("16 operations over a chain of 100 fragments", "fragment and variable rules",
            string.Concat(Enumerable.Range(0, 16).Select(i => $"query Q{i}($v: Int! = 5) {{ ...C0 companies(first: $v) {{ nodes {{ name }} }} }} ")) +
            string.Concat(Enumerable.Range(0, 100).Select(i => $"fragment C{i} on Query {{ {(i + 1 < 100 ? $"...C{i + 1}" : "__typename")} }} ")),
            null);

        // Thousands of errors from one document: each is built, and they would all be sent.
        yield return ("1,600 repeated arguments", "argument rules",
            "{ companies(first: 1, " + Repeat("first: 1, ", 1_600) + ") { totalCount } }", "GRAPHQL_VALIDATION_FAILED");
        yield return ("1,200 variables of one name", "variable rules",
            "query(" + Repeat("$v: Int ", 1_200) + ") { statistics { entities } }", "GRAPHQL_VALIDATION_FAILED");

        // Each unknown field is an error with "Did you mean" suggestions computed against every field of the type.
        yield return ("4,900 unknown fields", "field rules", "{ statistics { " + Repeat("nope ", 4_900) + "} }", "GRAPHQL_VALIDATION_FAILED");

        // Variables are coerced after validation, each missing one an error that locates itself in the document.
        yield return ("700 missing variables", "variable coercion",
            "query(" + string.Concat(Enumerable.Range(0, 700).Select(i => $"$v{i}: ID! ")) + ") { nodes(ids: [" +
            string.Concat(Enumerable.Range(0, 700).Select(i => $"$v{i} ")) + "]) { id } }", "BAD_USER_INPUT");

        // A long but legitimate document: every rule's linear cost near the token limit.
        yield return ("700 inline fragments", "every rule",
            "{ statistics { " + Repeat("... on Statistics { entities relations } ", 700) + "} }", null);
    }

    private static string FanOut(int levels, string type, string leaf) => "query { ...F0 } " + FanOutFragments(levels, type, leaf);

    private static string FanOutFragments(int levels, string type, string leaf) =>
        string.Concat(Enumerable.Range(0, levels).Select(i => $"fragment F{i} on {type} {{ ...F{i + 1} ...F{i + 1} }} ")) +
        $"fragment F{levels} on {type} {{ {leaf} }}";

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
