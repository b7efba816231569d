namespace Graph.Domain.Store.Filtering;

/// <summary>
/// The structural rules every store applies before translating a condition tree, so a malformed tree is refused with an
/// <see cref="InvalidGraphInputException"/> the same way by each backend instead of failing inside SQL or Cypher.
/// </summary>
public static class ConditionChecks
{
    /// <summary>Deepest nesting any store translates, whatever its caller allows (a guard for the translator's stack).</summary>
    public const int DepthCeiling = 64;

    public static void Validate(EntityCondition? condition, string parameterName)
    {
        if (condition is null)
        {
            return;
        }

        if (FilterMeasure.Of(condition).Depth > DepthCeiling)
        {
            throw new InvalidGraphInputException($"The filter is nested deeper than {DepthCeiling} levels.", parameterName);
        }

        Check(condition, parameterName);
    }

    private static void Check(EntityCondition condition, string parameterName)
    {
        switch (condition)
        {
            case AllOf all:
                all.Conditions.ToList().ForEach(c => Check(c ?? throw Null(parameterName), parameterName));
                break;
            case AnyOf any:
                any.Conditions.ToList().ForEach(c => Check(c ?? throw Null(parameterName), parameterName));
                break;
            case Not not:
                Check(not.Condition ?? throw Null(parameterName), parameterName);
                break;
            case TextCondition text:
                var single = text.Operator is not TextOperator.In;
                if ((single && text.Values.Count != 1) || text.Values.Any(v => v is null) ||
                    (text.Field == TextField.NameOrAlias && text.Operator != TextOperator.Contains) ||
                    (text.Field == TextField.Id && text.Operator is TextOperator.Contains or TextOperator.StartsWith))
                {
                    throw new InvalidGraphInputException($"{text.Operator} on {text.Field} with {text.Values.Count} values is not a valid condition.", parameterName);
                }

                break;
            case DateCondition date when date.Operator != ComparisonOperator.In && date.Values.Count != 1:
                throw new InvalidGraphInputException($"{date.Operator} on {date.Field} takes one value, not {date.Values.Count}.", parameterName);
            case FigureCondition figure when figure.Operator != ComparisonOperator.In && figure.Values.Count != 1:
                throw new InvalidGraphInputException($"{figure.Operator} on a figure takes one value, not {figure.Values.Count}.", parameterName);
            case RelationCondition { Other: { } other }:
                Check(other, parameterName);
                break;
            case WithinCondition within when within.MaxDepth is < 1 or > WithinCondition.DepthCeiling:
                throw new InvalidGraphInputException(
                    $"A place hierarchy is followed 1 to {WithinCondition.DepthCeiling} levels deep, not {within.MaxDepth}.", parameterName);
        }
    }

    private static InvalidGraphInputException Null(string parameterName) => new("A filter holds a null condition.", parameterName);
}
