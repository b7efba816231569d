using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.GraphQL.Documents;

/// <summary>
/// What executing a document would walk: its selections once every fragment spread is replaced by the fragment (an upper
/// bound: execution merges some of them), and its nesting depth. Each fragment is measured once and its measure reused
/// at every spread, so the work is linear in the document however large the expansion: a fragment spread twice in each
/// of 30 nested fragments expands to 2^30 selections and is measured in 30 steps.
/// </summary>
public static class ExpansionMeter
{
    /// <summary>Counts stop growing here; far above any limit, far below overflow.</summary>
    public const long Saturation = 1L << 50;

    /// <summary>The largest expansion and depth over all operations and fragments of a document without fragment cycles.</summary>
    public static ExpansionMeasure Measure(GraphQLDocument document, FragmentOrder order)
    {
        var fragments = new Dictionary<ROM, ExpansionMeasure>(order.Ordered.Count);
        var largest = new ExpansionMeasure(0, 0);
        foreach (var fragment in order.Ordered)
        {
            var measure = Of(fragment.SelectionSet, fragments);
            fragments[fragment.FragmentName.Name] = measure;
            largest = largest.Max(measure);
        }

        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            largest = largest.Max(Of(operation.SelectionSet, fragments));
        }

        return largest;
    }

    /// <summary>
    /// Depth counts fields with a selection set, as GraphQL.NET's analyzer did: <c>{ a }</c> is 1 deep,
    /// <c>{ a { b } }</c> 2; fragments and inline fragments add selections, not depth.
    /// </summary>
    private static ExpansionMeasure Of(GraphQLSelectionSet set, Dictionary<ROM, ExpansionMeasure> fragments)
    {
        long selections = 0;
        var depth = 1;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    selections = Add(selections, 1);
                    if (field.SelectionSet is { } subSet)
                    {
                        var inner = Of(subSet, fragments);
                        selections = Add(selections, inner.Selections);
                        depth = Math.Max(depth, inner.Depth + 1);
                    }

                    break;
                case GraphQLInlineFragment inline:
                    var inlined = Of(inline.SelectionSet, fragments);
                    selections = Add(selections, Add(inlined.Selections, 1));
                    depth = Math.Max(depth, inlined.Depth);
                    break;
                case GraphQLFragmentSpread spread:
                    selections = Add(selections, 1);
                    if (fragments.TryGetValue(spread.FragmentName.Name, out var spreadMeasure))
                    {
                        selections = Add(selections, spreadMeasure.Selections);
                        depth = Math.Max(depth, spreadMeasure.Depth);
                    }

                    break;
            }
        }

        return new ExpansionMeasure(selections, depth);
    }

    private static long Add(long a, long b) => Math.Min(a + b, Saturation);
}
