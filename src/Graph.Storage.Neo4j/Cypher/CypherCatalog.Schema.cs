using System.Reflection;
using System.Text;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>The schema: constraints and indexes from schema/neo4j/*.cypher (embedded), applied in file order.</summary>
public static partial class CypherCatalog
{
    /// <summary>Waits until every index is online, so the first search after start-up uses the full-text index.</summary>
    public const string AwaitIndexes = "CALL db.awaitIndexes(300)";

    /// <summary>Entities written before the pinyin sort key existed (<see cref="Graph.Domain.Store.NameSortKey"/>), a batch at a time.</summary>
    public const string EntitiesWithoutNameKey = "MATCH (e:Entity) WHERE e.nameKey IS NULL RETURN e.id AS id, e.name AS name LIMIT $batch";

    /// <summary>Sets the pinyin sort keys the store computed for <see cref="EntitiesWithoutNameKey"/>.</summary>
    public const string SetNameKeys = "UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e.nameKey = row.nameKey";

    /// <summary>
    /// What start-up sends, in order, on an empty database: each schema statement, the wait for the indexes, and the
    /// look-up of entities without a pinyin sort key (which finds none).
    /// </summary>
    public static IReadOnlyList<string> StartUpStatements { get; } = [.. LoadSchema(), AwaitIndexes, EntitiesWithoutNameKey];

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
