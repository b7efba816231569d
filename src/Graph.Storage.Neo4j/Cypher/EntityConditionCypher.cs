using System.Globalization;
using System.Text;
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
public sealed class EntityConditionCypher
{
    private readonly StringBuilder _text = new();
    private readonly Dictionary<string, object?> _parameters;
    private readonly string _prefix;
    private int _names;

    private EntityConditionCypher(Dictionary<string, object?> parameters, string prefix) => (_parameters, _prefix) = (parameters, prefix);

    /// <summary>The predicate for <paramref name="condition"/> on node <paramref name="node"/>; its values are added to <paramref name="parameters"/>.</summary>
    public static string Translate(EntityCondition condition, string node, Dictionary<string, object?> parameters, string prefix = "c")
    {
        var translator = new EntityConditionCypher(parameters, prefix);
        translator.Append(condition, node);
        return translator._text.ToString();
    }

    private void Append(EntityCondition condition, string e)
    {
        switch (condition)
        {
            case AllOf all:
                Join(all.Conditions, " AND ", "true", e);
                break;
            case AnyOf any:
                Join(any.Conditions, " OR ", "false", e);
                break;
            case Not not:
                _text.Append("NOT (");
                Append(not.Condition, e);
                _text.Append(')');
                break;
            case TextCondition text:
                AppendText(text, e);
                break;
            case DateCondition date:
                AppendComparison($"{e}.{(date.Field == DateField.StartDate ? "startDate" : "endDate")}", date.Operator,
                    date.Values.Select(v => (object)v).ToList());
                break;
            case SpanOverlapCondition span:
                var parts = new List<string>();
                if (span.From is { } from)
                {
                    parts.Add($"coalesce({e}.endDate, {e}.startDate) >= {Value(from)}");
                }

                if (span.To is { } to)
                {
                    parts.Add($"{e}.startDate <= {Value(to)}");
                }

                _text.Append(parts.Count == 0 ? "true" : "(" + string.Join(" AND ", parts) + ")");
                break;
            case KindCondition kinds:
                _text.Append($"{e}.kind IN {Value(kinds.Kinds.Select(k => k.ToString()).Distinct().ToList())}");
                break;
            case RelationCondition relation:
                AppendRelation(relation, e);
                break;
            case WithinCondition within:
                AppendWithin(within, e);
                break;
            case FigureCondition figure:
                AppendFigure(figure, e);
                break;
            default:
                throw new ArgumentException($"The store cannot translate a {condition.GetType().Name}.", nameof(condition));
        }
    }

    private void Join(IReadOnlyList<EntityCondition> conditions, string separator, string empty, string e)
    {
        if (conditions.Count == 0)
        {
            _text.Append(empty);
            return;
        }

        _text.Append('(');
        for (var i = 0; i < conditions.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(separator);
            }

            Append(conditions[i], e);
        }

        _text.Append(')');
    }

    private void AppendText(TextCondition text, string e)
    {
        if (text.Field == TextField.NameOrAlias)
        {
            var needle = SearchText.Normalize(text.Values[0]);
            _text.Append(needle.Length == 0 ? "true" : $"any(term IN {e}.searchTerms WHERE term CONTAINS {Value(needle)})");
            return;
        }

        var property = $"{e}.{text.Field switch { TextField.Name => "name", TextField.Subtype => "subtype", _ => "id" }}";
        _text.Append(text.Operator switch
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
        _text.Append($"{property} {symbol} {(op == ComparisonOperator.In ? Value(values.ToList()) : Value(values[0]))}");
    }

    private void AppendRelation(RelationCondition relation, string e)
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
        _text.Append(relation.Exists ? "EXISTS { MATCH " : "NOT EXISTS { MATCH ").Append(pattern);
        if (relation.Other is not null)
        {
            _text.Append(" WHERE ");
            Append(relation.Other, o);
        }

        _text.Append(" }");
    }

    private void AppendWithin(WithinCondition within, string e)
    {
        // The first link from the entity, then up to MaxDepth - 1 hierarchy links, every node after the entity a place.
        var path = Alias("path");
        var first = string.Join("|", WithinCondition.FirstLinkTypes.Select(t => t.ToName()));
        var hierarchy = string.Join("|", WithinCondition.HierarchyTypes.Select(t => t.ToName()));
        var depth = (within.MaxDepth - 1).ToString(CultureInfo.InvariantCulture);
        _text.Append(
            $"EXISTS {{ MATCH {path} = ({e})-[:{first}]->(:Place)-[:{hierarchy}*0..{depth}]->(:Entity {{id: {Value(within.Place.Value)}}}) " +
            $"WHERE all(n IN nodes({path})[1..] WHERE n:Place) }}");
    }

    private void AppendFigure(FigureCondition figure, string e)
    {
        var f = Alias("f");
        _text.Append($"EXISTS {{ MATCH ({f}:Observation) WHERE {f}.subjectId = {e}.id");
        if (figure.Indicator is { } indicator)
        {
            _text.Append($" AND {f}.indicatorId = {Value(indicator.Value)}");
        }

        if (figure.From is { } from)
        {
            _text.Append($" AND {f}.periodEnd >= {Value(from)}");
        }

        if (figure.To is { } to)
        {
            _text.Append($" AND {f}.periodStart <= {Value(to)}");
        }

        if (!figure.IncludeTargets)
        {
            _text.Append($" AND NOT coalesce({f}.isTarget, false)");
        }

        // normalizedValue is stored as exact decimal text; compared as a float (toFloat(null) is null and matches nothing).
        _text.Append(" AND ");
        AppendComparison($"toFloat({f}.normalizedValue)", figure.Operator, figure.Values.Select(v => (object)(double)v).ToList());
        _text.Append(" }");
    }

    private string Alias(string stem) => $"{stem}{++_names}";

    private string Value(object value)
    {
        var name = $"{_prefix}{++_names}";
        _parameters[name] = value;
        return "$" + name;
    }
}
