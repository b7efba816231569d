using Graph.Server.GraphQL;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http;

/// <summary>
/// Per-request execution settings: the request ID for error correlation, the execution timeout, the introspection
/// switch, and logging of internal errors.
/// </summary>
internal sealed class ExecutionOptionsConfigurator(IOptions<GraphQLLimits> limits, ILogger<ExecutionOptionsConfigurator> logger)
{
    public void Configure(ExecutionOptions options, HttpContext? context)
    {
        var requestId = context?.TraceIdentifier ?? Guid.NewGuid().ToString("N");
        options.UserContext = new GraphUserContext(requestId);
        options.Timeout = TimeSpan.FromSeconds(limits.Value.TimeoutSeconds);
        options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        if (!limits.Value.AllowIntrospection)
        {
            options.ValidationRules = DocumentValidator.CoreRules.Append(NoIntrospectionValidationRule.Instance);
        }

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
