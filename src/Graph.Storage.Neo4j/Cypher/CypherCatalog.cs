using Graph.Domain.Model;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement of the Neo4j store and of the Cypher export, in one class, so that the lint step
/// (.ci/steps/cypher-lint.sh) sees each one. Values always travel as parameters; the only text built from data is a label
/// or relationship type, and those come from the closed <see cref="EntityKind"/> and <see cref="RelationType"/>
/// vocabularies (Cypher cannot take them as parameters), one statement per member.
/// </summary>
public static partial class CypherCatalog
{
    /// <summary>Every statement: schema, writes, reads and export, with a stable name each.</summary>
    public static IReadOnlyList<CypherStatement> All => AllStatements.Value;

    // Lazy: the statements come from every part of this partial class, whose static fields initialize in no set order.
    private static readonly Lazy<List<CypherStatement>> AllStatements = new(BuildAll);

    private static List<CypherStatement> BuildAll()
    {
        var all = new List<CypherStatement>();
        all.AddRange(SchemaStatements.Select((text, i) => new CypherStatement($"schema.{i + 1}", text)));
        all.Add(new(nameof(AwaitIndexes), AwaitIndexes));
        all.AddRange(Enum.GetValues<EntityKind>().Select(k => new CypherStatement($"{nameof(MergeEntities)}.{k}", MergeEntities(k))));
        all.AddRange(RelationTypes.All.Select(t => new CypherStatement($"{nameof(MergeRelations)}.{t.ToName()}", MergeRelations(t))));
        all.AddRange(RelationTypes.All.Select(t => new CypherStatement($"{nameof(AllRelationsOfType)}.{t.ToName()}", AllRelationsOfType(t))));
        all.Add(new(nameof(RelationsById), RelationsById));
        all.Add(new(nameof(DeleteUnmentionedRelations), DeleteUnmentionedRelations));
        all.AddRange(FilterSamples());
        foreach (var property in typeof(CypherCatalog).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
        {
            if (property.IsLiteral && property.FieldType == typeof(string) && property.Name != nameof(AwaitIndexes))
            {
                all.Add(new CypherStatement(property.Name, (string)property.GetRawConstantValue()!));
            }
        }

        return all;
    }
}
