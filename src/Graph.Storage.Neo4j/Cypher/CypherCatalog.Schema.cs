using System.Reflection;
using System.Text;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>The schema: constraints and indexes from schema/neo4j/*.cypher (embedded), applied in file order.</summary>
public static partial class CypherCatalog
{
    /// <summary>Waits until every index is online, so the first search after start-up uses the full-text index.</summary>
    public const string AwaitIndexes = "CALL db.awaitIndexes(300)";

    /// <summary>The statements of the schema files, comments removed.</summary>
    public static IReadOnlyList<string> SchemaStatements { get; } = LoadSchema();

    private static List<string> LoadSchema()
    {
        var assembly = typeof(CypherCatalog).Assembly;
        var statements = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("schema/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            statements.AddRange(SplitScript(reader.ReadToEnd()));
        }

        return statements;
    }

    /// <summary>Splits a script on <c>;</c> after dropping whole-line <c>//</c> comments (the schema files use no others).</summary>
    public static IEnumerable<string> SplitScript(string script)
    {
        var lines = script.ReplaceLineEndings("\n").Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines).Split(';').Select(s => s.Trim()).Where(s => s.Length > 0);
    }
}
