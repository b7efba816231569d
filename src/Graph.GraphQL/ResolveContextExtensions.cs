using Graph.Domain.Store;
using Graph.GraphQL.Loading;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.GraphQL;

/// <summary>Request services for resolvers.</summary>
internal static class ResolveContextExtensions
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) => Services(context).GetRequiredService<GraphLoaders>();

    public static IGraphReader Store(this IResolveFieldContext context) => Services(context).GetRequiredService<IGraphReader>();

    public static GraphQLLimits Limits(this IResolveFieldContext context) =>
        Services(context).GetRequiredService<IOptions<GraphQLLimits>>().Value;

    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull => Services(context).GetRequiredService<T>();

    /// <summary>
    /// The <c>first</c> argument, checked against the configured page size: negative is BAD_USER_INPUT, above the limit
    /// LIMIT_EXCEEDED (as the README's error table says).
    /// </summary>
    public static int First(this IResolveFieldContext context, string name = "first")
    {
        var first = context.GetArgument<int>(name);
        var max = context.Limits().MaxPageSize;
        if (first < 0)
        {
            throw new BadUserInputError($"'{name}' must be between 0 and {max}; it was {first}.");
        }

        return first <= max ? first : throw new PageSizeExceededError(name, max, first);
    }

    /// <summary>An integer argument that must lie in [min, max].</summary>
    public static int Bounded(this IResolveFieldContext context, string name, int min, int max)
    {
        var value = context.GetArgument<int>(name);
        return value >= min && value <= max
            ? value
            : throw new BadUserInputError($"'{name}' must be between {min} and {max}; it was {value}.");
    }

    private static IServiceProvider Services(IResolveFieldContext context) =>
        context.RequestServices ?? throw new InvalidOperationException("GraphQL executed without request services.");
}
