using System.Globalization;
using Graph.Domain.Model;
using Graph.Domain.Store.Filtering;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Search;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>
/// Translates an <see cref="EntityCondition"/> tree into one SQL boolean expression over an entities row. Only fixed
/// fragments and generated aliases (<c>r1</c>, <c>o1</c>) and parameter names (<c>$c1</c>) are concatenated; every
/// value, relation type and kind travels as a parameter, lists as one JSON array read with <c>json_each</c>.
/// Relation and figure conditions are correlated EXISTS sub-queries on the covering relation and observation indexes;
/// <see cref="WithinCondition"/> walks the place hierarchy down from the place with a recursive CTE bounded by its depth.
/// </summary>
internal sealed class EntityConditionSql : EntityConditionTranslator
{
    private readonly SqliteCommand _command;
    private readonly string _prefix;

    private EntityConditionSql(SqliteCommand command, string prefix) => (_command, _prefix) = (command, prefix);

    protected override string True => "1";

    protected override string False => "0";

    /// <summary>The expression for <paramref name="condition"/> on the row aliased <paramref name="alias"/>; parameters go on <paramref name="command"/>.</summary>
    public static string Translate(SqliteCommand command, EntityCondition condition, string alias, string prefix = "c")
    {
        var translator = new EntityConditionSql(command, prefix);
        translator.Append(condition, alias);
        return translator.ToString();
    }

    protected override void AppendDate(DateCondition date, string e) =>
        AppendComparison($"{e}.{(date.Field == DateField.StartDate ? "start_date" : "end_date")}", date.Operator,
            date.Values.Select(v => (object)ScalarColumns.Date(v)).ToList());

    protected override void AppendKinds(KindCondition kinds, string e) =>
        Text.Append($"{e}.kind IN (SELECT value FROM json_each({List(kinds.Kinds.Select(k => k.ToString()))}))");

    protected override void AppendText(TextCondition text, string e)
    {
        if (text.Field == TextField.NameOrAlias)
        {
            // search_terms holds the canonical (upper-cased, NFKC) name and aliases, which makes this case-insensitive.
            var needle = SearchText.Normalize(text.Values[0]);
            Text.Append(needle.Length == 0
                ? "1"
                : $"EXISTS (SELECT 1 FROM search_terms t WHERE t.entity_no = {e}.entity_no AND instr(t.term, {Value(needle)}) > 0)");
            return;
        }

        var column = $"{e}.{text.Field switch { TextField.Name => "name", TextField.Subtype => "subtype", _ => "id" }}";
        switch (text.Operator)
        {
            case TextOperator.Equals:
                Text.Append($"{column} = {Value(text.Values[0])}");
                break;
            case TextOperator.In:
                Text.Append($"{column} IN (SELECT value FROM json_each({List(text.Values)}))");
                break;
            case TextOperator.Contains:
                Text.Append($"instr({column}, {Value(text.Values[0])}) > 0");
                break;
            default:
                // A range, so an index on the column reads only the names with the prefix. U+10FFFF (a noncharacter, never
                // in a name) sorts after every character in UTF-8, so [prefix, prefix + U+10FFFF) holds exactly them.
                var prefix = Value(text.Values[0]);
                Text.Append($"({column} >= {prefix} AND {column} < {prefix} || {Value(SearchText.MaxCharacter)})");
                break;
        }
    }

    private void AppendComparison(string column, ComparisonOperator op, IReadOnlyList<object> values)
    {
        if (op == ComparisonOperator.In)
        {
            // Dates as a JSON array of strings, numbers as one of numbers, so json_each gives values of the column's type.
            var json = values is [double, ..]
                ? "[" + string.Join(",", values.Select(v => ((double)v).ToString("R", CultureInfo.InvariantCulture))) + "]"
                : JsonColumns.Array(values.Select(v => (string)v));
            Text.Append($"{column} IN (SELECT value FROM json_each({Value(json)}))");
            return;
        }

        var symbol = op switch
        {
            ComparisonOperator.Equals => "=",
            ComparisonOperator.GreaterThan => ">",
            ComparisonOperator.GreaterThanOrEqual => ">=",
            ComparisonOperator.LessThan => "<",
            _ => "<=",
        };
        Text.Append($"{column} {symbol} {Value(values[0])}");
    }

    protected override void AppendSpan(SpanOverlapCondition span, string e)
    {
        var parts = new List<string>();
        if (span.From is { } from)
        {
            // An entity without an end date lasts its start day.
            parts.Add($"coalesce({e}.end_date, {e}.start_date) >= {Value(ScalarColumns.Date(from))}");
        }

        if (span.To is { } to)
        {
            parts.Add($"{e}.start_date <= {Value(ScalarColumns.Date(to))}");
        }

        Text.Append(parts.Count == 0 ? "1" : "(" + string.Join(" AND ", parts) + ")");
    }

    protected override void AppendRelation(RelationCondition relation, string e)
    {
        if (relation.Other is TextCondition { Field: TextField.Id, Operator: TextOperator.Equals or TextOperator.In } ends)
        {
            AppendRelationToKnownEnds(relation, ends, e);
            return;
        }

        Text.Append(relation.Exists ? "(" : "NOT (");
        var sides = relation.Direction switch
        {
            RelationDirection.Outgoing => new[] { ("from_id", "to_id") },
            RelationDirection.Incoming => [("to_id", "from_id")],
            _ => [("from_id", "to_id"), ("to_id", "from_id")],
        };
        var types = relation.Types.Count == 0 ? null : List(relation.Types.Distinct().Select(t => t.ToName()));
        for (var i = 0; i < sides.Length; i++)
        {
            if (i > 0)
            {
                Text.Append(" OR ");
            }

            var (self, otherEnd) = sides[i];
            var r = Alias("r");
            var o = Alias("o");
            Text.Append($"EXISTS (SELECT 1 FROM relations {r}");
            if (relation.Other is not null)
            {
                Text.Append($" JOIN entities {o} ON {o}.id = {r}.{otherEnd}");
            }

            Text.Append($" WHERE {r}.{self} = {e}.id");
            if (types is not null)
            {
                Text.Append($" AND {r}.type IN (SELECT value FROM json_each({types}))");
            }

            if (relation.Other is not null)
            {
                Text.Append(" AND ");
                Append(relation.Other, o);
            }

            Text.Append(')');
        }

        Text.Append(')');
    }

    /// <summary>
    /// A relation whose other end is given by ID (<c>locatedIn</c>, <c>other: { ids: … }</c>) reads from that end: the
    /// known ends' relations by the covering (end, id, type, other end) index give the set of entities, so the planner can
    /// drive from a small set or test membership in it while it walks a sort index, instead of probing every row.
    /// </summary>
    private void AppendRelationToKnownEnds(RelationCondition relation, TextCondition ends, string e)
    {
        var ids = List(ends.Values);
        var types = relation.Types.Count == 0 ? null : List(relation.Types.Distinct().Select(t => t.ToName()));
        var sides = relation.Direction switch
        {
            RelationDirection.Outgoing => new[] { ("to_id", "from_id") },
            RelationDirection.Incoming => [("from_id", "to_id")],
            _ => [("to_id", "from_id"), ("from_id", "to_id")],
        };
        var selects = sides.Select(side =>
        {
            var r = Alias("r");
            return $"SELECT {r}.{side.Item2} FROM relations {r} WHERE {r}.{side.Item1} IN (SELECT value FROM json_each({ids}))" +
                   (types is null ? string.Empty : $" AND {r}.type IN (SELECT value FROM json_each({types}))");
        });
        Text.Append($"{e}.id {(relation.Exists ? "IN" : "NOT IN")} ({string.Join(" UNION ", selects)})");
    }

    protected override void AppendWithin(WithinCondition within, string e)
    {
        // Places at most MaxDepth - 1 hierarchy links below the place, then the one link from the entity to one of them.
        // UNION (not UNION ALL) drops a place met again at the same depth, so a cycle ends at the depth bound.
        var down = Alias("down");
        var link = Alias("l");
        var step = Alias("s");
        var place = Alias("p");
        Text.Append(
            $"{e}.id IN (SELECT {link}.from_id FROM relations {link} WHERE {link}.type IN (SELECT value FROM json_each(" +
            $"{List(WithinCondition.FirstLinkTypes.Select(t => t.ToName()))})) AND {link}.to_id IN (" +
            $"WITH RECURSIVE {down} (id, depth) AS (SELECT {Value(within.Place.Value)}, 0 UNION " +
            $"SELECT {step}.from_id, {down}.depth + 1 FROM {down} JOIN relations {step} ON {step}.to_id = {down}.id " +
            $"AND {step}.type IN (SELECT value FROM json_each({List(WithinCondition.HierarchyTypes.Select(t => t.ToName()))})) " +
            $"JOIN entities {place} ON {place}.id = {step}.from_id AND {place}.kind = {Value(nameof(EntityKind.Place))} " +
            $"WHERE {down}.depth < {Value(within.MaxDepth - 1)}) SELECT id FROM {down}))");
    }

    protected override void AppendFigure(FigureCondition figure, string e)
    {
        var f = Alias("f");
        Text.Append($"EXISTS (SELECT 1 FROM observations {f} WHERE {f}.subject_id = {e}.id");
        if (figure.Indicator is { } indicator)
        {
            Text.Append($" AND {f}.indicator_id = {Value(indicator.Value)}");
        }

        if (figure.From is { } from)
        {
            Text.Append($" AND {f}.period_end >= {Value(ScalarColumns.Date(from))}");
        }

        if (figure.To is { } to)
        {
            Text.Append($" AND {f}.period_start <= {Value(ScalarColumns.Date(to))}");
        }

        if (!figure.IncludeTargets)
        {
            Text.Append($" AND {f}.is_target = 0");
        }

        // Values are stored as exact decimal text; compared as doubles (CAST of NULL stays NULL and matches nothing).
        Text.Append(" AND ");
        AppendComparison($"CAST({f}.normalized_value AS REAL)", figure.Operator, figure.Values.Select(v => (object)(double)v).ToList());
        Text.Append(')');
    }

    private string Value(object value)
    {
        var name = $"${_prefix}{NextNumber()}";
        _command.Parameters.AddWithValue(name, value);
        return name;
    }

    private string List(IEnumerable<string> values) => Value(JsonColumns.Array(values));
}
