namespace Graph.Domain.Store.Filtering;

/// <summary>
/// The size of a condition tree, which bounds what translating and running it costs: every node counts (a leaf, a
/// combinator, a relation or figure condition and the tree on its other end), depth counts nesting of combinators and
/// relation conditions, and the longest list of values is reported apart.
/// </summary>
public readonly record struct FilterMeasure(int Nodes, int Depth, int LongestList, int DeepestWithin)
{
    public static FilterMeasure Of(EntityCondition? condition) => condition is null ? default : Measure(condition);

    private static FilterMeasure Measure(EntityCondition condition) => condition switch
    {
        AllOf all => Combine(all.Conditions),
        AnyOf any => Combine(any.Conditions),
        Not not => Nest(Measure(not.Condition)),
        RelationCondition relation => relation.Other is null ? new(1, 1, relation.Types.Count, 0) : Nest(Measure(relation.Other)) with
        {
            LongestList = Math.Max(relation.Types.Count, Measure(relation.Other).LongestList),
        },
        TextCondition text => new(1, 1, text.Values.Count, 0),
        DateCondition date => new(1, 1, date.Values.Count, 0),
        FigureCondition figure => new(1, 1, figure.Values.Count, 0),
        KindCondition kinds => new(1, 1, kinds.Kinds.Count, 0),
        WithinCondition within => new(1, 1, 1, within.MaxDepth),
        _ => new(1, 1, 0, 0),
    };

    private static FilterMeasure Combine(IReadOnlyList<EntityCondition> conditions)
    {
        var total = new FilterMeasure(1, 1, conditions.Count, 0);
        foreach (var child in conditions)
        {
            var measure = Measure(child);
            total = new(
                total.Nodes + measure.Nodes,
                Math.Max(total.Depth, measure.Depth + 1),
                Math.Max(total.LongestList, measure.LongestList),
                Math.Max(total.DeepestWithin, measure.DeepestWithin));
        }

        return total;
    }

    private static FilterMeasure Nest(FilterMeasure inner) => inner with { Nodes = inner.Nodes + 1, Depth = inner.Depth + 1 };
}
