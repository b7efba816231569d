using System.Collections;

namespace Graph.GraphQL.Validation;

/// <summary>
/// What a <c>where</c> argument adds to an operation's estimated cost, and what <c>totalCount</c> costs: a filter is
/// translated into one query whose work grows with its conditions, and a relation, place-hierarchy or figure condition is a
/// correlated sub-query per candidate row, so it weighs more. A count reads every row the filter leaves.
/// </summary>
internal static class FilterCost
{
    /// <summary>Each value, operator or nested filter of a <c>where</c> argument.</summary>
    public const double PerCondition = 2;

    /// <summary>Each sub-query condition: <c>relations</c>, <c>within</c>, <c>figures</c>.</summary>
    public const double PerSubQuery = 25;

    /// <summary>Selecting <c>totalCount</c>.</summary>
    public const double Count = 50;

    private static readonly HashSet<string> SubQueries = new(StringComparer.Ordinal) { "relations", "within", "figures" };

    /// <summary>The cost of an argument value as GraphQL.NET parsed it (maps, lists, scalars); bounded by the document's size.</summary>
    public static double Of(object? value) => value switch
    {
        null => 0,
        IDictionary<string, object?> map => map.Sum(p => p.Value is null ? 0 : (SubQueries.Contains(p.Key) ? PerSubQuery : PerCondition) + Of(p.Value)),
        string => 0,
        IEnumerable list => list.Cast<object?>().Sum(item => PerCondition + Of(item)),
        _ => 0,
    };
}
