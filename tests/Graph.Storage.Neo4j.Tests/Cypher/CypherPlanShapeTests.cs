using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// The shapes of the statements that decide how Neo4j plans them, checked on their text (no server needed): export streams an index can hand out in order, locks taken before the
/// reads they protect. <see cref="CypherPlanLiveTests"/> checks the plans themselves against a real server.
/// </summary>
public sealed partial class CypherPlanShapeTests
{
    public static TheoryData<string, string> ExportStatements
    {
        get
        {
            var data = new TheoryData<string, string>
            {
                { nameof(CypherCatalog.AllEntities), CypherCatalog.AllEntities },
                { nameof(CypherCatalog.AllObservations), CypherCatalog.AllObservations },
                { nameof(CypherCatalog.AllMentions), CypherCatalog.AllMentions },
                { nameof(CypherCatalog.AllDocuments), CypherCatalog.AllDocuments },
            };
            foreach (var type in RelationTypes.All)
            {
                data.Add($"{nameof(CypherCatalog.AllRelationsOfType)}.{type.ToName()}", CypherCatalog.AllRelationsOfType(type));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ExportStatements))]
    public void Each_export_stream_is_ordered_by_an_indexed_key_it_requires_to_exist_so_no_label_is_sorted_in_the_heap(string name, string statement)
    {
        // ORDER BY x.p can be served by the index on (label, p) only with a predicate that puts every row in the index:
        // x.p IS NOT NULL (a uniqueness constraint does not imply existence on Community).
        var order = OrderBy().Match(statement);
        Assert.True(order.Success, $"{name} has no ORDER BY");
        var key = order.Groups["key"].Value;
        Assert.Contains($"WHERE {key} IS NOT NULL", statement, StringComparison.Ordinal);
        var (variable, property) = (key.Split('.')[0], key.Split('.')[1]);
        var label = LabelOf(statement, variable);
        Assert.True(
            IndexedKeys().Contains((label, property)),
            $"{name} orders by {label}.{property}, which no index or constraint of schema/neo4j leads with");
    }

    [Fact]
    public void No_export_statement_orders_relationships_of_every_type_at_once()
    {
        // A relationship index covers one type: an untyped pattern ordered by r.id is a scan of every relationship and a
        // sort of all of them.
        foreach (var statement in CypherCatalog.All.Where(s => s.Name.StartsWith("All", StringComparison.Ordinal)))
        {
            Assert.DoesNotMatch(UntypedRelationship(), statement.Text);
        }
    }

    [Fact]
    public void A_batch_takes_its_write_locks_before_it_reads_what_it_locked()
    {
        var text = CypherCatalog.LockEntities;

        Assert.StartsWith("UNWIND $ids AS id\nMERGE (e:Entity {id: id})\nSET e.writeLock = true\nREMOVE e.writeLock", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("SET ", StringComparison.Ordinal) < text.IndexOf("RETURN e", StringComparison.Ordinal));
        Assert.Contains("WHERE e.kind IS NOT NULL", text, StringComparison.Ordinal);
        Assert.Contains("WHERE e.kind IS NOT NULL", CypherCatalog.ExistingEntityIds, StringComparison.Ordinal);
    }

    [Fact]
    public void The_orphan_delete_locks_each_candidate_before_it_checks_that_nothing_refers_to_it()
    {
        var text = CypherCatalog.DeleteOrphanEntities;
        var lockAt = text.IndexOf("SET e.writeLock = true", StringComparison.Ordinal);

        Assert.True(lockAt > 0, "no lock");
        Assert.True(lockAt < text.IndexOf("NOT EXISTS { (e)--() }", StringComparison.Ordinal));
        Assert.True(lockAt < text.IndexOf("NOT EXISTS { (:Mention {targetId: id}) }", StringComparison.Ordinal));
        Assert.EndsWith("DELETE e", text, StringComparison.Ordinal);
    }

    /// <summary>(label or relationship type, property) pairs an index or constraint of the schema leads with.</summary>
    private static HashSet<(string Label, string Property)> IndexedKeys()
    {
        var keys = new HashSet<(string, string)>();
        foreach (var statement in CypherCatalog.SchemaStatements)
        {
            if (SchemaKey().Match(statement) is { Success: true } match)
            {
                keys.Add((match.Groups["label"].Value, match.Groups["property"].Value));
            }
        }

        return keys;
    }

    private static string LabelOf(string statement, string variable)
    {
        var match = Regex.Match(statement, $@"[(\[]{variable}:(?<label>\w+)");
        Assert.True(match.Success, $"{variable} has no label or type in {statement}");
        return match.Groups["label"].Value;
    }

    [GeneratedRegex(@"ORDER BY (?<key>\w+\.\w+)")]
    private static partial Regex OrderBy();

    [GeneratedRegex(@"FOR (?:\(\w+:(?<label>\w+)\)|\(\)-\[\w+:(?<label>\w+)\]-\(\)) (?:REQUIRE|ON) \(?\w+\.(?<property>\w+)")]
    private static partial Regex SchemaKey();

    [GeneratedRegex(@"-\[r\]-")]
    private static partial Regex UntypedRelationship();
}
