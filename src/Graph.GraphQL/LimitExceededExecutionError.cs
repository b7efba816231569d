using GraphQL;

namespace Graph.GraphQL;

/// <summary>A bound of Graph:Limits met while the operation ran (validation-time bounds are LimitExceededError); the message says which.</summary>
internal sealed class LimitExceededExecutionError : ExecutionError
{
    public LimitExceededExecutionError(string message)
        : base(message)
    {
        Code = ErrorCodes.LimitExceeded;
    }
}
