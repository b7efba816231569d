using Graph.Server.GraphQL;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Graph.Server.Http;

/// <summary>Per-request execution settings: the request ID for error correlation and logging of internal errors.</summary>
internal sealed class ExecutionOptionsConfigurator(ILogger<ExecutionOptionsConfigurator> logger)
{
    public void Configure(ExecutionOptions options, HttpContext? context)
    {
        var requestId = context?.TraceIdentifier ?? Guid.NewGuid().ToString("N");
        options.UserContext = new GraphUserContext(requestId);
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
