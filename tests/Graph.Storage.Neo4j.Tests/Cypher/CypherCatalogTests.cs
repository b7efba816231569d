using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Export;
using Graph.Storage.Neo4j.Tests.Support;

namespace Graph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Keeps Cypher/statements.json, the file the lint step (.ci/steps/cypher-lint.sh) checks with Neo4j's own analyzer, equal
/// to every statement the store and the export can send. Regenerate with UPDATE_CYPHER_STATEMENTS=1.
/// </summary>
public sealed partial class CypherCatalogTests
{
    private static readonly string StatementsFile = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Storage.Neo4j.Tests", "Cypher", "statements.json");

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task The_linted_statement_file_holds_exactly_the_statements_the_store_and_the_export_send()
    {
        var statements = CypherCatalog.All.ToList();
        await foreach (var statement in CypherScript.Statements(new SnapshotStore(SampleGraph.Batch), new DateTimeOffset(2025, 4, 15, 0, 0, 0, TimeSpan.Zero)))
        {
            statements.Add(statement);
        }

        var expected = JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, text = s.Text }), Json).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_CYPHER_STATEMENTS") == "1")
        {
            await File.WriteAllTextAsync(StatementsFile, expected);
        }

        Assert.True(
            File.Exists(StatementsFile) && (await File.ReadAllTextAsync(StatementsFile)).ReplaceLineEndings("\n") == expected,
            $"{StatementsFile} differs from the statements in the code; run the tests with UPDATE_CYPHER_STATEMENTS=1 and commit the file.");
    }

    [Fact]
    public void Statement_names_are_unique_and_every_kind_and_type_has_its_write_statement()
    {
        var names = CypherCatalog.All.Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Enum.GetValues<EntityKind>(), k => Assert.Contains($"MergeEntities.{k}", names));
        Assert.All(RelationTypes.All, t => Assert.Contains($"MergeRelations.{t.ToName()}", names));
    }

    [Fact]
    public void Statements_hold_no_string_literals_so_every_value_is_a_parameter()
    {
        // The only quoted text allowed is the full-text index's name and the analyzer option of the schema.
        foreach (var statement in CypherCatalog.All.Where(s => !s.Name.StartsWith("schema.", StringComparison.Ordinal)))
        {
            var literals = Literal().Matches(statement.Text).Select(m => m.Value).Where(v => v != "'entity_search'").ToList();
            Assert.True(literals.Count == 0, $"{statement.Name} has literals {string.Join(", ", literals)}");
        }
    }

    [Fact]
    public void The_schema_holds_the_constraints_and_the_full_text_index()
    {
        Assert.Contains(CypherCatalog.SchemaStatements, s => s.Contains("REQUIRE e.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Equal(RelationTypes.All.Count, CypherCatalog.SchemaStatements.Count(s => s.Contains("FOR ()-[r:", StringComparison.Ordinal)));
        Assert.Contains(CypherCatalog.SchemaStatements, s => s.StartsWith("CREATE FULLTEXT INDEX entity_search", StringComparison.Ordinal));
        Assert.All(CypherCatalog.SchemaStatements, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
    }

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Literal();
}
