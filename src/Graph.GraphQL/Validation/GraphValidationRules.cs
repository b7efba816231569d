using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQL.Validation.Rules.Custom;

namespace Graph.GraphQL.Validation;

/// <summary>
/// The validation rules every request runs: the specification's rules as GraphQL.NET implements them, except field
/// merging (<see cref="MergeableFieldsRule"/> in its place), then the cost check, under a guard that checks cancellation and stops at too many errors.
/// </summary>
public static class GraphValidationRules
{
    /// <summary>Rules whose verdict depends on the document and schema only, so a document that passed them once may skip them.</summary>
    public static IReadOnlyList<IValidationRule> DocumentRules { get; } =
    [
        .. DocumentValidator.CoreRules.Where(rule => rule is not OverlappingFieldsCanBeMerged),
        MergeableFieldsRule.Instance,
    ];

    public static IReadOnlyList<IValidationRule> For(GraphQLLimits limits) =>
    [
        ValidationGuardRule.Instance,
        .. DocumentRules,
        .. limits.AllowIntrospection ? [] : new IValidationRule[] { NoIntrospectionValidationRule.Instance },
        new OperationCostRule(limits.MaxComplexity),
    ];
}
