using System.Collections;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store.Filtering;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Inputs;
using Graph.GraphQL.Validation;

namespace Graph.GraphQL.Queries;

/// <summary>
/// Reads an <c>EntityFilter</c> argument into the store's condition tree, checking its values (IDs, text lengths) and its
/// size against Graph:Limits: nodes, nesting depth, values in one list; <c>within</c> is given the configured depth bound.
/// </summary>
internal sealed class EntityFilterReader(GraphQLLimits limits)
{
    private const int MaxTextLength = 200;

    /// <summary>The filter of a list field: its single-value fields apart, the rest as <see cref="EntityFilter.Where"/>.</summary>
    public EntityFilter ReadTop(IDictionary<string, object?>? input)
    {
        if (input is null)
        {
            return new EntityFilter();
        }

        var rest = new Dictionary<string, object?>(input);
        var filter = new EntityFilter(
            TextInputs.Search(Take<string>(rest, "nameContains"), "nameContains", MaxTextLength),
            TextInputs.Line(Take<string>(rest, "subtype"), "subtype", MaxTextLength),
            Take<string>(rest, "locatedIn") is { } place ? EntityIds.Decode(place, EntityKind.Place) : null,
            Take<DateOnly?>(rest, "from"),
            Take<DateOnly?>(rest, "to"));
        var where = Read(rest);
        Check(where);
        return filter with { Where = where is AllOf { Conditions.Count: 0 } ? null : where };
    }

    /// <summary>The whole filter as one tree (for <c>search</c>), or null.</summary>
    public EntityCondition? ReadAll(IDictionary<string, object?>? input)
    {
        if (input is null)
        {
            return null;
        }

        var where = Read(input);
        Check(where);
        return where is AllOf { Conditions.Count: 0 } ? null : where;
    }

    private void Check(EntityCondition condition)
    {
        var measure = FilterMeasure.Of(condition);
        if (measure.Nodes > limits.MaxFilterNodes)
        {
            throw new LimitExceededExecutionError($"The filter has {measure.Nodes} conditions; at most {limits.MaxFilterNodes} are allowed.");
        }

        if (measure.Depth > limits.MaxFilterDepth)
        {
            throw new LimitExceededExecutionError($"The filter is nested {measure.Depth} levels deep; at most {limits.MaxFilterDepth} are allowed.");
        }

        if (measure.LongestList > limits.MaxFilterListValues)
        {
            throw new LimitExceededExecutionError(
                $"A list in the filter has {measure.LongestList} values; at most {limits.MaxFilterListValues} are allowed.");
        }
    }

    private EntityCondition Read(IDictionary<string, object?> input)
    {
        var all = new List<EntityCondition>();
        foreach (var (field, value) in input)
        {
            if (value is null)
            {
                continue;
            }

            switch (field)
            {
                case "nameContains":
                    all.Add(TextCondition.Of(TextField.NameOrAlias, TextOperator.Contains, TextInputs.Search((string)value, field, MaxTextLength)!));
                    break;
                case "subtype":
                    all.Add(TextCondition.Of(TextField.Subtype, TextOperator.Equals, (string)value));
                    break;
                case "locatedIn":
                    all.Add(new RelationCondition(
                        true, [RelationType.LocatedIn, RelationType.HeldIn], RelationDirection.Outgoing,
                        TextCondition.Of(TextField.Id, TextOperator.Equals, EntityIds.Decode((string)value, EntityKind.Place).Value)));
                    break;
                case "from" or "to":
                    all.Add(field == "from" ? new SpanOverlapCondition((DateOnly)value, null) : new SpanOverlapCondition(null, (DateOnly)value));
                    break;
                case "name":
                    all.AddRange(Texts(TextField.Name, Map(value), field));
                    break;
                case "subtypeMatches":
                    all.AddRange(Texts(TextField.Subtype, Map(value), field));
                    break;
                case "ids":
                    all.Add(new TextCondition(TextField.Id, TextOperator.In, List(value).Select(v => EntityIds.Decode((string)v!).Value).ToList()));
                    break;
                case "kinds":
                    all.Add(new KindCondition(List(value).Select(v => (EntityKind)v!).ToList()));
                    break;
                case "startDate" or "endDate":
                    all.AddRange(Dates(field == "startDate" ? DateField.StartDate : DateField.EndDate, Map(value)));
                    break;
                case "within":
                    all.Add(new WithinCondition(EntityIds.Decode((string)value, EntityKind.Place), limits.MaxWithinDepth));
                    break;
                case "relations":
                    all.AddRange(Relations(Map(value)));
                    break;
                case "figures":
                    all.Add(Figure(Map(value)));
                    break;
                case "and":
                    all.Add(new AllOf(List(value).Select(v => Read(Map(v!))).ToList()));
                    break;
                case "or":
                    all.Add(new AnyOf(List(value).Select(v => Read(Map(v!))).ToList()));
                    break;
                case "not":
                    all.Add(new Not(Read(Map(value))));
                    break;
            }
        }

        return all.Count == 1 ? all[0] : new AllOf(all);
    }

    private static IEnumerable<EntityCondition> Texts(TextField field, IDictionary<string, object?> filter, string name)
    {
        foreach (var (op, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            yield return op switch
            {
                "eq" => TextCondition.Of(field, TextOperator.Equals, Text(value, name)),
                "in" => new TextCondition(field, TextOperator.In, List(value).Select(v => Text(v!, name)).ToList()),
                "contains" => TextCondition.Of(field, TextOperator.Contains, Text(value, name)),
                _ => TextCondition.Of(field, TextOperator.StartsWith, Text(value, name)),
            };
        }
    }

    private static string Text(object value, string name) =>
        (string)value is { Length: <= MaxTextLength } text ? text : throw new BadUserInputError($"'{name}' takes at most {MaxTextLength} characters.");

    private static IEnumerable<EntityCondition> Dates(DateField field, IDictionary<string, object?> filter)
    {
        foreach (var (op, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            yield return op == "in"
                ? new DateCondition(field, ComparisonOperator.In, List(value).Select(v => (DateOnly)v!).ToList())
                : DateCondition.Of(field, Comparison(op), (DateOnly)value);
        }
    }

    private IEnumerable<EntityCondition> Relations(IDictionary<string, object?> filter)
    {
        foreach (var (quantifier, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            var match = Map(value);
            var types = match.TryGetValue("type", out var t) && t is not null ? List(t).Select(x => (RelationType)x!).ToList() : [];
            var direction = match.TryGetValue("direction", out var d) && d is RelationDirection given ? given : RelationDirection.Both;
            var other = match.TryGetValue("other", out var o) && o is not null ? Read(Map(o)) : null;
            yield return new RelationCondition(quantifier == "some", types, direction, other);
        }
    }

    private static FigureCondition Figure(IDictionary<string, object?> filter)
    {
        var indicator = filter.TryGetValue("indicator", out var i) && i is string id ? EntityIds.Decode(id, EntityKind.Indicator) : (EntityId?)null;
        var comparisons = Map(filter["value"]!).Where(p => p.Value is not null).ToList();
        if (comparisons.Count != 1)
        {
            throw new BadUserInputError("'figures.value' takes exactly one operator (eq, in, gt, gte, lt or lte): it is tested on one figure.");
        }

        var (op, value) = comparisons[0];
        var values = op == "in" ? List(value!).Select(v => Number(v!)).ToList() : [Number(value!)];
        return new FigureCondition(
            indicator,
            Comparison(op),
            values,
            filter.TryGetValue("from", out var from) ? (DateOnly?)from : null,
            filter.TryGetValue("to", out var to) ? (DateOnly?)to : null,
            !filter.TryGetValue("includeTargets", out var targets) || targets is not false);
    }

    private static decimal Number(object value)
    {
        var number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
        return double.IsFinite(number) && Math.Abs(number) < 7.9e27
            ? (decimal)number
            : throw new BadUserInputError($"{number} is not a number a figure can be compared with.");
    }

    private static ComparisonOperator Comparison(string op) => op switch
    {
        "eq" => ComparisonOperator.Equals,
        "in" => ComparisonOperator.In,
        "gt" => ComparisonOperator.GreaterThan,
        "gte" => ComparisonOperator.GreaterThanOrEqual,
        "lt" => ComparisonOperator.LessThan,
        _ => ComparisonOperator.LessThanOrEqual,
    };

    private static T? Take<T>(Dictionary<string, object?> input, string name)
    {
        input.Remove(name, out var value);
        return value is T typed ? typed : default;
    }

    private static IDictionary<string, object?> Map(object value) => (IDictionary<string, object?>)value;

    private static List<object?> List(object value) => ((IEnumerable)value).Cast<object?>().ToList();
}
