using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.GraphQL.Documents;

/// <summary>
/// The fragment definitions of a document in dependency order (each after every fragment it spreads), or the first
/// cycle. Found with an explicit stack, so a long chain of fragments cannot exhaust the call stack, in time linear in
/// the document: every definition and every spread is looked at once, never once per path that reaches it.
/// </summary>
public sealed class FragmentOrder
{
    private FragmentOrder(Dictionary<ROM, GraphQLFragmentDefinition> byName, List<GraphQLFragmentDefinition> ordered, IReadOnlyList<string>? cycle)
    {
        ByName = byName;
        Ordered = ordered;
        Cycle = cycle;
    }

    /// <summary>The first definition of each fragment name (a second one is the validator's to report).</summary>
    public IReadOnlyDictionary<ROM, GraphQLFragmentDefinition> ByName { get; }

    /// <summary>Every fragment after the fragments it spreads; empty when there is a cycle.</summary>
    public IReadOnlyList<GraphQLFragmentDefinition> Ordered { get; }

    /// <summary>The names along the first cycle found (the first name spreads the second … the last spreads the first), or null.</summary>
    public IReadOnlyList<string>? Cycle { get; }

    /// <summary>The first definition of each fragment name in a document.</summary>
    public static Dictionary<ROM, GraphQLFragmentDefinition> Definitions(GraphQLDocument document)
    {
        var byName = new Dictionary<ROM, GraphQLFragmentDefinition>();
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
            {
                byName.TryAdd(fragment.FragmentName.Name, fragment);
            }
        }

        return byName;
    }

    public static FragmentOrder Of(GraphQLDocument document)
    {
        var byName = Definitions(document);
        var spreads = byName.ToDictionary(pair => pair.Key, pair => SpreadNames(pair.Value.SelectionSet));
        var state = new Dictionary<ROM, Visit>();
        var ordered = new List<GraphQLFragmentDefinition>(byName.Count);
        var path = new List<(ROM Name, int Next)>();
        foreach (var root in byName.Keys)
        {
            if (state.ContainsKey(root))
            {
                continue;
            }

            state[root] = Visit.InProgress;
            path.Add((root, 0));
            while (path.Count > 0)
            {
                var (name, next) = path[^1];
                var children = spreads[name];
                if (next == children.Count)
                {
                    state[name] = Visit.Done;
                    ordered.Add(byName[name]);
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                path[^1] = (name, next + 1);
                var child = children[next];
                if (!byName.ContainsKey(child))
                {
                    continue; // an unknown fragment is the validator's to report
                }

                if (!state.TryGetValue(child, out var seen))
                {
                    state[child] = Visit.InProgress;
                    path.Add((child, 0));
                }
                else if (seen == Visit.InProgress)
                {
                    var start = path.FindIndex(step => step.Name == child);
                    return new FragmentOrder(byName, [], path.Skip(start).Select(step => step.Name.ToString()).ToList());
                }
            }
        }

        return new FragmentOrder(byName, ordered, null);
    }

    /// <summary>The fragments spread directly in a selection set (through fields and inline fragments, not through other fragments).</summary>
    private static List<ROM> SpreadNames(GraphQLSelectionSet set)
    {
        var names = new List<ROM>();
        var pending = new Stack<GraphQLSelectionSet>();
        pending.Push(set);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case GraphQLFragmentSpread spread:
                        names.Add(spread.FragmentName.Name);
                        break;
                    case GraphQLField { SelectionSet: { } subSet }:
                        pending.Push(subSet);
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return names;
    }

    private enum Visit
    {
        InProgress,
        Done,
    }
}
