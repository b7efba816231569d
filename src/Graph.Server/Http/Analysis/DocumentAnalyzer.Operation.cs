using Graph.GraphQL.Documents;
using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.Server.Http.Analysis;

/// <summary>The operation a request selects and its root fields (rate budgets depend on them).</summary>
internal static partial class DocumentAnalyzer
{
    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private static List<string> RootFields(GraphQLOperationDefinition operation, FragmentOrder order)
    {
        var fields = new List<string>();
        var visited = new HashSet<ROM>();
        Collect(operation.SelectionSet, order.ByName, visited, fields);
        return fields;
    }

    private static void Collect(
        GraphQLSelectionSet set, IReadOnlyDictionary<ROM, GraphQLFragmentDefinition> fragments, HashSet<ROM> visited, List<string> fields)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    fields.Add(field.Name.StringValue);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, fragments, visited, fields);
                    break;
                case GraphQLFragmentSpread spread
                    when visited.Add(spread.FragmentName.Name)
                         && fragments.TryGetValue(spread.FragmentName.Name, out var fragment):
                    // Each fragment counts once: a cycle or a repeated spread is the validator's to reject.
                    Collect(fragment.SelectionSet, fragments, visited, fields);
                    break;
            }
        }
    }
}
