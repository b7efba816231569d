using Graph.GraphQL.Documents;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Estimates what an operation will cost before it runs: every field and every fragment spread costs 1, a list
/// multiplies what is under it by its page size (<c>first</c>, <c>last</c> or <c>limit</c>; a connection's lists by the
/// connection's), a list without one by 20, a <c>where</c> filter and <c>totalCount</c> add what <see cref="FilterCost"/>
/// says, and introspection of the schema (<c>__schema</c>, <c>__type</c>) is free.
/// Directives are not consulted: a skipped field still counts, so the estimate is an upper bound. Each fragment is
/// costed once, in dependency order, and that cost is reused at every spread: linear in the document, never in its
/// expansion (GraphQL.NET's own analyzer walks every expansion: 2^N for N nested fragments spread twice each).
/// </summary>
internal sealed class CostCalculator
{
    private const double UnpagedListItems = 20;
    private static readonly string[] PageArguments = ["first", "last", "limit"];

    private readonly ValidationContext _context;
    private readonly Dictionary<ROM, OperationCost> _fragments = [];

    private CostCalculator(ValidationContext context) => _context = context;

    /// <summary>The estimated cost of the context's operation; validation has passed, so there are no fragment cycles.</summary>
    public static double Estimate(ValidationContext context)
    {
        var calculator = new CostCalculator(context);
        foreach (var fragment in FragmentOrder.Of(context.Document).Ordered)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var type = context.Schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue];
            calculator._fragments[fragment.FragmentName.Name] = calculator.Of(fragment.SelectionSet, type);
        }

        var operation = context.Operation;
        IGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => context.Schema.Query,
        };
        return calculator.Of(operation.SelectionSet, root).Under(null);
    }

    private OperationCost Of(GraphQLSelectionSet set, IGraphType? type)
    {
        var cost = default(OperationCost);
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    cost += OfField(field, type);
                    break;
                case GraphQLFragmentSpread spread:
                    cost += new OperationCost(1, 0, 0);
                    if (_fragments.TryGetValue(spread.FragmentName.Name, out var fragment))
                    {
                        cost += fragment;
                    }

                    break;
                case GraphQLInlineFragment inline:
                    var narrowed = inline.TypeCondition is { } condition ? _context.Schema.AllTypes[condition.Type.Name.StringValue] : type;
                    cost += Of(inline.SelectionSet, narrowed);
                    break;
            }
        }

        return cost;
    }

    private OperationCost OfField(GraphQLField field, IGraphType? parent)
    {
        if (field.Name.Value.Span.StartsWith("__", StringComparison.Ordinal))
        {
            // __typename is a field like any other; __schema and __type read the schema, not the store.
            return field.Name == "__typename" ? new OperationCost(1, 0, 0) : default;
        }

        var definition = (parent as IComplexGraphType)?.GetField(field.Name);
        if (definition?.ResolvedType is not { } type)
        {
            return new OperationCost(1, 0, 0);
        }

        if (field.Name == "totalCount")
        {
            return new OperationCost(1 + FilterCost.Count, 0, 0);
        }

        var arguments = _context.ArgumentValues?.TryGetValue(field, out var values) == true ? values : null;
        var page = PageSize(arguments);
        var filter = arguments?.TryGetValue("where", out var where) == true ? FilterCost.Of(where.Value) : 0;
        var lists = ListDepth(type);
        var children = field.SelectionSet is { } subSet ? Of(subSet, type.GetNamedType()) : default;
        if (lists == 0)
        {
            return new OperationCost(1 + filter + children.Under(page), 0, 0);
        }

        // The children of a list see no enclosing page size: only a non-list field (a connection) passes one down.
        var each = children.Under(null);
        if (page is { } size)
        {
            return new OperationCost(1 + size * each, 0, 0);
        }

        return arguments?.ContainsKey("id") == true
            ? new OperationCost(1 + each, 0, 0)
            : new OperationCost(1, each, Math.Pow(UnpagedListItems, lists) * each);
    }

    /// <summary>The page size an argument asks for; negative sizes count as 0 (the field refuses them when it runs).</summary>
    private static int? PageSize(IDictionary<string, ArgumentValue>? arguments)
    {
        foreach (var name in PageArguments)
        {
            if (arguments?.TryGetValue(name, out var value) == true && value.Value is int size)
            {
                return Math.Max(size, 0);
            }
        }

        return null;
    }

    private static int ListDepth(IGraphType type)
    {
        var lists = 0;
        for (var current = type; current is not null;)
        {
            switch (current)
            {
                case NonNullGraphType nonNull:
                    current = nonNull.ResolvedType;
                    break;
                case ListGraphType list:
                    lists++;
                    current = list.ResolvedType;
                    break;
                default:
                    current = null;
                    break;
            }
        }

        return lists;
    }
}
