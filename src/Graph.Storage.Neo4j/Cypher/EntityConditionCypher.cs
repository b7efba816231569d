using System.Globalization;
using Graph.Domain.Model;
using Graph.Domain.Store.Filtering;
using Graph.Storage.Neo4j.Search;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// Translates an <see cref="EntityCondition"/> tree into one Cypher predicate over an entity node. Only fixed fragments,
/// generated variables (<c>r1</c>, <c>o1</c>) and parameter names (<c>$c1</c>) are concatenated, plus relationship types
/// of the closed <see cref="RelationType"/> vocabulary and the depth bound of <see cref="WithinCondition"/> as an integer
/// (variable-length bounds cannot be parameters); every value travels as a parameter. Relation, place and figure
/// conditions are EXISTS subqueries, which the planner evaluates per row of the outer match.
/// </summary>
public sealed class EntityConditionCypher : EntityConditionTranslator
{
    private readonly Dictionary<string, object?> _parameters;
    private readonly string _prefix;

    private EntityConditionCypher(Dictionary<string, object?> parameters, string prefix) => (_parameters, _prefix) = (parameters, prefix);

    protected override string True => "true";

    protected override string False => "false";

    /// <summary>The predicate for <paramref name="condition"/> on node <paramref name="node"/>; its values are added to <paramref name="parameters"/>.</summary>
    public static string Translate(EntityCondition condition, string node, Dictionary<string, object?> parameters, string prefix = "c")
    {
        var translator = new EntityConditionCypher(parameters, prefix);
        translator.Append(condition, node);
        return translator.ToString();
    }

    protected override void AppendDate(DateCondition date, string e) =>
        AppendComparison($"{e}.{(date.Field == DateField.StartDate ? "startDate" : "endDate")}", date.Operator,
            date.Values.Select(v => (object)v).ToList());

    protected override void AppendSpan(SpanOverlapCondition span, string e)
    {
        var parts = new List<string>();
        if (span.From is { } from)
        {
            parts.Add($"coalesce({e}.endDate, {e}.startDate) >= {Value(from)}");
        }

        if (span.To is { } to)
        {
            parts.Add($"{e}.startDate <= {Value(to)}");
        }

        Text.Append(parts.Count == 0 ? "true" : "(" + string.Join(" AND ", parts) + ")");
    }

    protected override void AppendKinds(KindCondition kinds, string e) =>
        Text.Append($"{e}.kind IN {Value(kinds.Kinds.Select(k => k.ToString()).Distinct().ToList())}");

    protected override void AppendText(TextCondition text, string e)
    {
        if (text.Field == TextField.NameOrAlias)
        {
            var needle = SearchText.Normalize(text.Values[0]);
            Text.Append(needle.Length == 0 ? "true" : $"any(term IN {e}.searchTerms WHERE term CONTAINS {Value(needle)})");
            return;
        }

        var property = $"{e}.{text.Field switch { TextField.Name => "name", TextField.Subtype => "subtype", _ => "id" }}";
        Text.Append(text.Operator switch
        {
            TextOperator.Equals => $"{property} = {Value(text.Values[0])}",
            TextOperator.In => $"{property} IN {Value(text.Values.ToList())}",
            TextOperator.Contains => $"{property} CONTAINS {Value(text.Values[0])}",
            _ => $"{property} STARTS WITH {Value(text.Values[0])}",
        });
    }

    private void AppendComparison(string property, ComparisonOperator op, IReadOnlyList<object> values)
    {
        var symbol = op switch
        {
            ComparisonOperator.Equals => "=",
            ComparisonOperator.In => "IN",
            ComparisonOperator.GreaterThan => ">",
            ComparisonOperator.GreaterThanOrEqual => ">=",
            ComparisonOperator.LessThan => "<",
            _ => "<=",
        };
        Text.Append($"{property} {symbol} {(op == ComparisonOperator.In ? Value(values.ToList()) : Value(values[0]))}");
    }

    protected override void AppendRelation(RelationCondition relation, string e)
    {
        var r = Alias("r");
        var o = Alias("o");
        var types = relation.Types.Count == 0 ? string.Empty : ":" + string.Join("|", relation.Types.Distinct().Select(t => t.ToName()));
        var pattern = relation.Direction switch
        {
            RelationDirection.Outgoing => $"({e})-[{r}{types}]->({o}:Entity)",
            RelationDirection.Incoming => $"({e})<-[{r}{types}]-({o}:Entity)",
            _ => $"({e})-[{r}{types}]-({o}:Entity)",
        };
        Text.Append(relation.Exists ? "EXISTS { MATCH " : "NOT EXISTS { MATCH ").Append(pattern);
        if (relation.Other is not null)
        {
            Text.Append(" WHERE ");
            Append(relation.Other, o);
        }

        Text.Append(" }");
    }

    protected override void AppendWithin(WithinCondition within, string e)
    {
        // The first link from the entity, then up to MaxDepth - 1 hierarchy links, every node after the entity a place.
        var path = Alias("path");
        var first = string.Join("|", WithinCondition.FirstLinkTypes.Select(t => t.ToName()));
        var hierarchy = string.Join("|", WithinCondition.HierarchyTypes.Select(t => t.ToName()));
        var depth = (within.MaxDepth - 1).ToString(CultureInfo.InvariantCulture);
        Text.Append(
            $"EXISTS {{ MATCH {path} = ({e})-[:{first}]->(:Place)-[:{hierarchy}*0..{depth}]->(:Entity {{id: {Value(within.Place.Value)}}}) " +
            $"WHERE all(n IN nodes({path})[1..] WHERE n:Place) }}");
    }

    protected override void AppendFigure(FigureCondition figure, string e)
    {
        var f = Alias("f");
        Text.Append($"EXISTS {{ MATCH ({f}:Observation) WHERE {f}.subjectId = {e}.id");
        if (figure.Indicator is { } indicator)
        {
            Text.Append($" AND {f}.indicatorId = {Value(indicator.Value)}");
        }

        if (figure.From is { } from)
        {
            Text.Append($" AND {f}.periodEnd >= {Value(from)}");
        }

        if (figure.To is { } to)
        {
            Text.Append($" AND {f}.periodStart <= {Value(to)}");
        }

        if (!figure.IncludeTargets)
        {
            Text.Append($" AND NOT coalesce({f}.isTarget, false)");
        }

        // normalizedValue is stored as exact decimal text; compared as a float (toFloat(null) is null and matches nothing).
        Text.Append(" AND ");
        AppendComparison($"toFloat({f}.normalizedValue)", figure.Operator, figure.Values.Select(v => (object)(double)v).ToList());
        Text.Append(" }");
    }

    private string Value(object value)
    {
        var name = $"{_prefix}{NextNumber()}";
        _parameters[name] = value;
        return "$" + name;
    }
}
