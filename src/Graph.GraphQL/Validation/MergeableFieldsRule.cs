using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Spec 5.3.2 "Field Selection Merging" (https://spec.graphql.org/October2021/#sec-Field-Selection-Merging), in place of
/// GraphQL.NET's OverlappingFieldsCanBeMerged: that rule compares every pair of same-named fields and re-walks
/// fragments along every path, so a 27 KB document of fields spreading a chain of fragments kept it busy for over two
/// minutes. This one checks every selection set within a budget of work steps (<see cref="FieldMerger"/>) and refuses a
/// document that needs more with LIMIT_EXCEEDED. The budget grows with the document (5 steps per character, at most
/// <see cref="Budget"/>), so a small document cannot buy much more work than a large one pays for.
/// </summary>
internal sealed class MergeableFieldsRule : ValidationRuleBase
{
    public static readonly MergeableFieldsRule Instance = new();

    /// <summary>Most steps (fields collected, pairs compared, argument values compared) one document may take.</summary>
    public const int Budget = 50_000;

    private const int BaseSteps = 1_000;
    private const int StepsPerCharacter = 5;

    private MergeableFieldsRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var budget = (int)Math.Min(Budget, BaseSteps + ((long)StepsPerCharacter * context.Document.Source.Length));
        var merger = new FieldMerger(context, budget);
        return new(new MatchingNodeVisitor<GraphQLSelectionSet>((set, validation) => merger.Check(validation.TypeInfo.GetParentType(), set)));
    }
}
