using GraphQL;

namespace Graph.GraphQL;

/// <summary>A page size (<c>first</c>, <c>limit</c>) above <see cref="GraphQLLimits.MaxPageSize"/>: a limit, so LIMIT_EXCEEDED.</summary>
internal sealed class PageSizeExceededError : ExecutionError
{
    public PageSizeExceededError(string argument, int max, int given)
        : base($"'{argument}' may be at most {max} (Graph:Limits:MaxPageSize); it was {given}.")
    {
        Code = ErrorCodes.LimitExceeded;
    }
}
