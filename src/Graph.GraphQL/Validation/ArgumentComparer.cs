using GraphQLParser.AST;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Whether two fields pass the same arguments (spec 5.3.2 "SameArguments"): the same names with structurally equal
/// values, in any order; variables are equal by name. Each value node compared is charged to the caller's budget.
/// </summary>
internal static class ArgumentComparer
{
    public static bool Same(GraphQLArguments? a, GraphQLArguments? b, Action<int> charge)
    {
        var countA = a?.Count ?? 0;
        if (countA != (b?.Count ?? 0))
        {
            return false;
        }

        for (var i = 0; i < countA; i++)
        {
            var argument = a![i];
            GraphQLArgument? match = null;
            for (var j = 0; j < countA && match is null; j++)
            {
                charge(1);
                if (b![j].Name == argument.Name)
                {
                    match = b[j];
                }
            }

            if (match is null || !SameValue(argument.Value, match.Value, charge))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameValue(GraphQLValue a, GraphQLValue b, Action<int> charge)
    {
        charge(1);
        switch (a, b)
        {
            case (GraphQLVariable x, GraphQLVariable y):
                return x.Name == y.Name;
            case (GraphQLIntValue x, GraphQLIntValue y):
                return x.Value == y.Value;
            case (GraphQLFloatValue x, GraphQLFloatValue y):
                return x.Value == y.Value;
            case (GraphQLStringValue x, GraphQLStringValue y):
                return x.Value == y.Value;
            case (GraphQLBooleanValue x, GraphQLBooleanValue y):
                return x.BoolValue == y.BoolValue;
            case (GraphQLEnumValue x, GraphQLEnumValue y):
                return x.Name == y.Name;
            case (GraphQLNullValue, GraphQLNullValue):
                return true;
            case (GraphQLListValue x, GraphQLListValue y):
                var itemsA = x.Values ?? [];
                var itemsB = y.Values ?? [];
                if (itemsA.Count != itemsB.Count)
                {
                    return false;
                }

                for (var i = 0; i < itemsA.Count; i++)
                {
                    if (!SameValue(itemsA[i], itemsB[i], charge))
                    {
                        return false;
                    }
                }

                return true;
            case (GraphQLObjectValue x, GraphQLObjectValue y):
                var fieldsA = x.Fields ?? [];
                var fieldsB = y.Fields ?? [];
                if (fieldsA.Count != fieldsB.Count)
                {
                    return false;
                }

                foreach (var field in fieldsA)
                {
                    charge(fieldsB.Count);
                    var match = fieldsB.Find(other => other.Name == field.Name);
                    if (match is null || !SameValue(field.Value, match.Value, charge))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}
