using System.Text;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Neo4j.Export;
using Graph.Storage.Neo4j.Tests.Support;

namespace Graph.Storage.Neo4j.Tests.Export;

/// <summary>The Cypher export: schema first, then batched UNWIND statements with the data as literals.</summary>
public sealed class CypherScriptTests
{
    [Fact]
    public async Task The_script_creates_the_schema_before_loading_the_data()
    {
        var output = new StringWriter();

        await CypherScript.WriteAsync(new SnapshotStore(SampleGraph.Batch), output);

        var script = output.ToString();
        var constraint = script.IndexOf("CREATE CONSTRAINT entity_id", StringComparison.Ordinal);
        var firstData = script.IndexOf("UNWIND [", StringComparison.Ordinal);
        Assert.True(constraint >= 0 && firstData > constraint);
        Assert.Contains("SET e:Place", script, StringComparison.Ordinal);
        Assert.Contains("`name`: '大连市'", script, StringComparison.Ordinal);
        Assert.Contains("`value`: '9516.90'", script, StringComparison.Ordinal);
        Assert.Contains("`periodStart`: date('2024-01-01')", script, StringComparison.Ordinal);
        Assert.DoesNotContain("$rows", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("it's", "'it\\'s'")]
    [InlineData("a\\b", "'a\\\\b'")]
    [InlineData("line\nbreak", "'line\\nbreak'")]
    [InlineData("大连", "'大连'")]
    public void Strings_are_escaped_as_Cypher_literals(string value, string literal)
    {
        var output = new StringBuilder();

        CypherLiteral.Write(output, value);

        Assert.Equal(literal, output.ToString());
    }
}
