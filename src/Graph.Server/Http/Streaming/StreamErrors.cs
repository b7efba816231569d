using Graph.GraphQL;
using Graph.GraphQL.Subscriptions;
using GraphQL;

namespace Graph.Server.Http.Streaming;

/// <summary>The GraphQL errors a transport sends for a refused request or a stream that ended with a fault.</summary>
internal static class StreamErrors
{
    public static ExecutionResult Of(RequestProblem problem) =>
        new() { Errors = [new ExecutionError(problem.Message) { Code = problem.Code }] };

    /// <summary>A stream's end by fault: a slow subscriber is told so; anything else is an internal error without details.</summary>
    public static ExecutionResult Of(Exception error)
    {
        // The executor hands source-stream faults on wrapped; the cause is what the client needs to hear.
        for (Exception? cause = error; cause is not null; cause = cause.InnerException)
        {
            if (cause is SubscriberFellBehindException behind)
            {
                return new ExecutionResult { Errors = [new ExecutionError(behind.Message) { Code = ErrorCodes.LimitExceeded }] };
            }
        }

        return new ExecutionResult { Errors = [new ExecutionError("The subscription ended with an internal error.") { Code = ErrorCodes.Internal }] };
    }
}
