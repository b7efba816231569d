using Graph.GraphQL;
using Graph.GraphQL.Validation;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http;

/// <summary>
/// Per-request execution settings: the request ID for error correlation, what is left of the request's deadline, the
/// validation rules (with the cost check and the introspection switch), and logging of internal errors.
/// </summary>
internal sealed class ExecutionOptionsConfigurator(IOptions<GraphQLLimits> limits, ILogger<ExecutionOptionsConfigurator> logger)
{
    private readonly IReadOnlyList<IValidationRule> _rules = GraphValidationRules.For(limits.Value);

    /// <param name="remaining">What is left of the request's deadline; validation and execution run under it.</param>
    public void Configure(ExecutionOptions options, HttpContext? context, TimeSpan remaining)
    {
        var requestId = context?.TraceIdentifier ?? Guid.NewGuid().ToString("N");
        options.UserContext = new GraphUserContext(requestId);
        options.Timeout = remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1);
        options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        options.ValidationRules = _rules;
        options.UnhandledExceptionDelegate = exceptionContext =>
        {
            if (!GraphErrorInfoProvider.IsClientFault(exceptionContext.OriginalException))
            {
                exceptionContext.OriginalException.Data[GraphErrorInfoProvider.RequestIdKey] = requestId;
                logger.LogError(exceptionContext.OriginalException, "GraphQL request {RequestId} failed", requestId);
            }

            return Task.CompletedTask;
        };
    }
}
