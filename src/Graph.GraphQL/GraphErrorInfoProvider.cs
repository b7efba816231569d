using Graph.Domain.Store;
using Graph.Extraction;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Graph.GraphQL;

/// <summary>
/// Shapes every error the client sees: a safe message and <c>extensions.code</c>, never a stack trace, .NET type
/// name, SQL or Cypher. Internal errors carry the request ID that the log also records. With introspection off, the
/// validator's "Did you mean …?" suggestions go too: they would name the fields and types introspection hides.
/// </summary>
public sealed class GraphErrorInfoProvider(IOptions<GraphQLLimits> limits) : IErrorInfoProvider
{
    private const string Suggestion = " Did you mean ";

    /// <summary>The key under which the request ID travels in <see cref="Exception.Data"/> of an unhandled exception.</summary>
    public const string RequestIdKey = "graph.requestId";

    private const string InternalMessage = "An internal error occurred.";

    /// <summary>
    /// True for exceptions that describe bad input rather than a fault of the service: only the domain's own (a store's
    /// <see cref="InvalidGraphInputException"/>, a rejected document) and GraphQL's. Any other exception, an
    /// <see cref="ArgumentException"/> included, is a bug: INTERNAL, logged with the request ID.
    /// </summary>
    public static bool IsClientFault(Exception exception) =>
        exception is InvalidGraphInputException or DocumentRejectedException or ExecutionError;

    public ErrorInfo GetInfo(ExecutionError error)
    {
        var (code, message) = Classify(error);
        if (!limits.Value.AllowIntrospection && message.IndexOf(Suggestion, StringComparison.Ordinal) is > 0 and var at)
        {
            message = message[..at];
        }

        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (code == ErrorCodes.Internal && (error.InnerException?.Data[RequestIdKey] ?? error.Data[RequestIdKey]) is string requestId)
        {
            extensions["requestId"] = requestId;
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    /// <summary>The <c>extensions.code</c> an error is given: the one classification the HTTP status mapping also reads.</summary>
    public static string CodeOf(ExecutionError error) => Classify(error).Code;

    private static (string Code, string Message) Classify(ExecutionError error) => error switch
    {
        SyntaxError => (ErrorCodes.ParseFailed, error.Message),
        Validation.LimitExceededError => (ErrorCodes.LimitExceeded, error.Message),
        global::GraphQL.Validation.Errors.Custom.NoIntrospectionError => (ErrorCodes.Forbidden, "Introspection is disabled on this server."),
        InvalidVariableError => (ErrorCodes.BadUserInput, error.Message),
        ValidationError => (ErrorCodes.ValidationFailed, error.Message),
        TimeoutError => (ErrorCodes.Timeout, error.Message),
        UnhandledError unhandled => ClassifyUnhandled(unhandled.InnerException),
        RequestError => (ErrorCodes.BadRequest, error.Message),
        _ when error.Code is { Length: > 0 } code && code.All(c => char.IsAsciiLetterUpper(c) || c == '_') => (code, error.Message),
        _ => (ErrorCodes.Internal, InternalMessage),
    };

    // Stores translate their own failures at their edge (SQLite, Bolt): only the domain's exceptions are known here.
    private static (string Code, string Message) ClassifyUnhandled(Exception? exception) => exception switch
    {
        InvalidGraphInputException or DocumentRejectedException => (ErrorCodes.BadUserInput, exception.Message),
        OperationCanceledException => (ErrorCodes.Timeout, "The request was cancelled or timed out."),
        GraphStoreTimeoutException => (ErrorCodes.Timeout, "The graph store did not answer in time; try again later."),
        GraphStoreUnavailableException => (ErrorCodes.Unavailable, "The graph store is unavailable; try again later."),
        _ => (ErrorCodes.Internal, InternalMessage),
    };
}
