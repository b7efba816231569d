using Graph.Analytics;
using Graph.Domain.Model;
using GraphQL;

namespace Graph.GraphQL.Analytics;

/// <summary>Argument checks of the analysts' fields: bad input is BAD_USER_INPUT with a message that says what is wrong.</summary>
internal static class AnalyticsArguments
{
    public static GraphAnalytics Analytics(this IResolveFieldContext context) => context.Service<GraphAnalytics>();

    /// <summary><c>first</c>, within both the page size and the analytics result bound.</summary>
    public static int Results(this IResolveFieldContext context, string name = "first")
    {
        var max = Math.Min(context.Limits().MaxPageSize, context.Analytics().Options.MaxResults);
        return context.Bounded(name, 0, max);
    }

    public static IReadOnlyCollection<RelationType>? Types(this IResolveFieldContext context, string name) =>
        context.GetArgument<List<RelationType>?>(name) is { Count: > 0 } types ? types : null;

    public static void RequireOrdered(DateOnly? from, DateOnly? to)
    {
        if (from is { } start && to is { } end && end < start)
        {
            throw new BadUserInputError($"'to' ({end:yyyy-MM-dd}) lies before 'from' ({start:yyyy-MM-dd}).");
        }
    }
}
