using GraphQL;

namespace Graph.GraphQL.Validation;

/// <summary>An argument within the schema's types but beyond a configured bound (LIMIT_EXCEEDED); the message is safe to show.</summary>
internal sealed class LimitExceededExecutionError : ExecutionError
{
    public LimitExceededExecutionError(string message)
        : base(message)
    {
        Code = ErrorCodes.LimitExceeded;
    }
}
