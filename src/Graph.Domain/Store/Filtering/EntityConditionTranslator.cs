using System.Text;

namespace Graph.Domain.Store.Filtering;

/// <summary>
/// The walk over an <see cref="EntityCondition"/> tree that every store's query translator shares: the combinators
/// (<see cref="AllOf"/>, <see cref="AnyOf"/>, <see cref="Not"/>) are written here, each leaf is handed to the store's own
/// emitter, and one counter numbers the generated aliases and parameter names so they never collide within a statement.
/// A translator is used for one tree and then read with <see cref="ToString"/>.
/// </summary>
public abstract class EntityConditionTranslator
{
    private int _names;

    /// <summary>The expression being built.</summary>
    protected StringBuilder Text { get; } = new();

    /// <summary>The language's literal for a condition that always holds (an empty <see cref="AllOf"/>).</summary>
    protected abstract string True { get; }

    /// <summary>The language's literal for a condition that never holds (an empty <see cref="AnyOf"/>).</summary>
    protected abstract string False { get; }

    /// <summary>The expression built so far.</summary>
    public override string ToString() => Text.ToString();

    /// <summary>Appends the expression for <paramref name="condition"/> on the row or node named <paramref name="e"/>.</summary>
    protected void Append(EntityCondition condition, string e)
    {
        switch (condition)
        {
            case AllOf all:
                Join(all.Conditions, " AND ", True, e);
                break;
            case AnyOf any:
                Join(any.Conditions, " OR ", False, e);
                break;
            case Not not:
                Text.Append("NOT (");
                Append(not.Condition, e);
                Text.Append(')');
                break;
            case TextCondition text:
                AppendText(text, e);
                break;
            case DateCondition date:
                AppendDate(date, e);
                break;
            case SpanOverlapCondition span:
                AppendSpan(span, e);
                break;
            case KindCondition kinds:
                AppendKinds(kinds, e);
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

    protected abstract void AppendText(TextCondition text, string e);

    protected abstract void AppendDate(DateCondition date, string e);

    protected abstract void AppendSpan(SpanOverlapCondition span, string e);

    protected abstract void AppendKinds(KindCondition kinds, string e);

    protected abstract void AppendRelation(RelationCondition relation, string e);

    protected abstract void AppendWithin(WithinCondition within, string e);

    protected abstract void AppendFigure(FigureCondition figure, string e);

    /// <summary>The next number of this statement's generated names (aliases and parameters share one sequence).</summary>
    protected int NextNumber() => ++_names;

    /// <summary>A fresh alias or variable: <paramref name="stem"/> and the next number (<c>r1</c>, <c>o2</c>).</summary>
    protected string Alias(string stem) => $"{stem}{NextNumber()}";

    private void Join(IReadOnlyList<EntityCondition> conditions, string separator, string empty, string e)
    {
        if (conditions.Count == 0)
        {
            Text.Append(empty);
            return;
        }

        Text.Append('(');
        for (var i = 0; i < conditions.Count; i++)
        {
            if (i > 0)
            {
                Text.Append(separator);
            }

            Append(conditions[i], e);
        }

        Text.Append(')');
    }
}
