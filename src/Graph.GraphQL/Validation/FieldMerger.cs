using System.Globalization;
using Graph.GraphQL.Documents;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Checks that the fields of a selection set which share a response name can be merged (spec 5.3.2): the same field
/// with the same arguments unless their parent object types differ, and response shapes that agree all the way down.
/// A set's fields (fragments expanded, each fragment once) are collected once and remembered; two fields are compared
/// by comparing the fields of their sub-selections that share a name, never a set with itself. Every step is charged
/// to a budget; past it the document is refused with LIMIT_EXCEEDED, so no document buys more than the budget.
/// </summary>
internal sealed class FieldMerger(ValidationContext context, int budget)
{
    private const int MaxReportedConflicts = 10;
    private const int MaxNesting = 64;
    private const int StepsBetweenCancellationChecks = 1024;

    private readonly Dictionary<(GraphQLSelectionSet Set, IGraphType? Type), Dictionary<ROM, List<CollectedField>>> _collected = [];
    private Dictionary<ROM, GraphQLFragmentDefinition>? _fragments;
    private long _steps;
    private int _reported;
    private bool _stopped;

    /// <summary>Checks one selection set of the document, selected on <paramref name="type"/>.</summary>
    public void Check(IGraphType? type, GraphQLSelectionSet set)
    {
        if (_stopped)
        {
            return;
        }

        try
        {
            foreach (var (responseName, fields) in Collect(type, set))
            {
                if (fields.Count > 1 && FirstConflict(Distinct(fields)) is { } conflict)
                {
                    Report(responseName, conflict.Reason, conflict.A, conflict.B);
                }
            }
        }
        catch (BudgetExhaustedException)
        {
            _stopped = true;
            context.ReportError(new LimitExceededError(
                context,
                $"The document repeats fields or fragments too often to check that they merge (more than {budget.ToString("N0", CultureInfo.InvariantCulture)} steps); " +
                "send each field once per selection set.",
                set));
        }
    }

    private (string Reason, GraphQLField A, GraphQLField B)? FirstConflict(List<CollectedField> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            for (var j = i + 1; j < fields.Count; j++)
            {
                if (Conflict(fields[i], fields[j], mutuallyExclusive: false, nesting: 0) is { } reason)
                {
                    return (reason, fields[i].Node, fields[j].Node);
                }
            }
        }

        return null;
    }

    /// <summary>Why two fields with one response name cannot merge, or null when they can.</summary>
    private string? Conflict(CollectedField a, CollectedField b, bool mutuallyExclusive, int nesting)
    {
        Charge(1);
        if (nesting > MaxNesting)
        {
            throw new BudgetExhaustedException();
        }

        // Fields on two different object types never apply to the same object: only their shapes must agree.
        var exclusive = mutuallyExclusive
            || (a.Parent != b.Parent && a.Parent is IObjectGraphType && b.Parent is IObjectGraphType);
        if (!exclusive)
        {
            if (a.Node.Name != b.Node.Name)
            {
                return $"'{a.Node.Name}' and '{b.Node.Name}' are different fields";
            }

            if (!ArgumentComparer.Same(a.Node.Arguments, b.Node.Arguments, Charge))
            {
                return "they have differing arguments";
            }
        }

        var typeA = a.Definition?.ResolvedType;
        var typeB = b.Definition?.ResolvedType;
        if (typeA is not null && typeB is not null && ShapesDiffer(typeA, typeB))
        {
            return $"they return conflicting types '{typeA}' and '{typeB}'";
        }

        if (a.Node.SelectionSet is not { } setA || b.Node.SelectionSet is not { } setB)
        {
            return null;
        }

        var inner = Collect(typeA?.GetNamedType(), setA);
        var other = Collect(typeB?.GetNamedType(), setB);
        foreach (var (responseName, fieldsA) in inner)
        {
            if (!other.TryGetValue(responseName, out var fieldsB))
            {
                continue;
            }

            foreach (var fieldA in fieldsA)
            {
                foreach (var fieldB in fieldsB)
                {
                    // The same field reached through the same fragment on both sides was checked with its own set.
                    if (ReferenceEquals(fieldA.Node, fieldB.Node) && fieldA.Parent == fieldB.Parent)
                    {
                        continue;
                    }

                    if (Conflict(fieldA, fieldB, exclusive, nesting + 1) is { } reason)
                    {
                        return $"subfields '{responseName}' conflict because {reason}";
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The fields of a selection set by response name, through inline fragments and fragment spreads (each fragment
    /// once per set, as execution collects them), remembered per set and type.
    /// </summary>
    private Dictionary<ROM, List<CollectedField>> Collect(IGraphType? type, GraphQLSelectionSet set)
    {
        if (_collected.TryGetValue((set, type), out var known))
        {
            return known;
        }

        _fragments ??= FragmentOrder.Definitions(context.Document);
        var fields = new Dictionary<ROM, List<CollectedField>>();
        var visited = new HashSet<ROM>();
        var pending = new Stack<(GraphQLSelectionSet Set, IGraphType? Type)>();
        pending.Push((set, type));
        while (pending.Count > 0)
        {
            var (current, currentType) = pending.Pop();
            foreach (var selection in current.Selections)
            {
                Charge(1);
                switch (selection)
                {
                    case GraphQLField field:
                        var responseName = field.Alias?.Name ?? field.Name;
                        if (!fields.TryGetValue(responseName, out var named))
                        {
                            fields[responseName] = named = [];
                        }

                        named.Add(new CollectedField(field, currentType, Definition(currentType, field)));
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push((inline.SelectionSet, inline.TypeCondition is { } condition ? TypeNamed(condition.Type.Name) : currentType));
                        break;
                    case GraphQLFragmentSpread spread
                        when visited.Add(spread.FragmentName.Name) && _fragments.TryGetValue(spread.FragmentName.Name, out var fragment):
                        pending.Push((fragment.SelectionSet, TypeNamed(fragment.TypeCondition.Type.Name)));
                        break;
                }
            }
        }

        _collected[(set, type)] = fields;
        return fields;
    }

    /// <summary>Leaves repeated verbatim (same type, name and arguments) merge trivially; one of each is kept.</summary>
    private List<CollectedField> Distinct(List<CollectedField> fields)
    {
        var kept = new List<CollectedField>(fields.Count);
        foreach (var field in fields)
        {
            var duplicate = field.Node.SelectionSet is null && kept.Exists(other =>
            {
                Charge(1);
                return other.Node.SelectionSet is null
                       && other.Parent == field.Parent
                       && other.Node.Name == field.Node.Name
                       && ArgumentComparer.Same(other.Node.Arguments, field.Node.Arguments, Charge);
            });
            if (!duplicate)
            {
                kept.Add(field);
            }
        }

        return kept;
    }

    private FieldType? Definition(IGraphType? parent, GraphQLField field)
    {
        if (field.Name == "__typename")
        {
            return context.Schema.TypeNameMetaFieldType;
        }

        if (parent == context.Schema.Query && field.Name == "__schema")
        {
            return context.Schema.SchemaMetaFieldType;
        }

        if (parent == context.Schema.Query && field.Name == "__type")
        {
            return context.Schema.TypeMetaFieldType;
        }

        return (parent as IComplexGraphType)?.GetField(field.Name);
    }

    private IGraphType? TypeNamed(GraphQLName name) => context.Schema.AllTypes[name.StringValue];

    /// <summary>Spec "SameResponseShape": lists and non-nulls must match level by level, and leaves must be the same type.</summary>
    private static bool ShapesDiffer(IGraphType a, IGraphType b)
    {
        while (true)
        {
            if (a is NonNullGraphType || b is NonNullGraphType)
            {
                if (a is not NonNullGraphType nonNullA || b is not NonNullGraphType nonNullB)
                {
                    return true;
                }

                (a, b) = (nonNullA.ResolvedType!, nonNullB.ResolvedType!);
                continue;
            }

            if (a is ListGraphType || b is ListGraphType)
            {
                if (a is not ListGraphType listA || b is not ListGraphType listB)
                {
                    return true;
                }

                (a, b) = (listA.ResolvedType!, listB.ResolvedType!);
                continue;
            }

            return (a.IsLeafType() || b.IsLeafType()) && !a.Equals(b);
        }
    }

    private void Report(ROM responseName, string reason, GraphQLField a, GraphQLField b)
    {
        if (++_reported > MaxReportedConflicts)
        {
            return;
        }

        context.ReportError(new ValidationError(
            context.Document.Source,
            "5.3.2",
            $"Fields '{responseName}' conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.",
            a,
            b));
    }

    private void Charge(int steps)
    {
        _steps += steps;
        if (_steps > budget)
        {
            throw new BudgetExhaustedException();
        }

        if (_steps % StepsBetweenCancellationChecks < steps)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
        }
    }

    private sealed class BudgetExhaustedException : Exception;
}
