using Graph.GraphQL;
using GraphQL;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Server.Http;

/// <summary>
/// The last line of defence, in every environment: an exception that escapes an endpoint becomes a GraphQL-shaped
/// 500 with code INTERNAL and the request ID; the details go to the log only.
/// </summary>
internal static class InternalErrorHandler
{
    public static async Task WriteAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(InternalErrorHandler))
            .LogError(exception, "Request {RequestId} failed", context.TraceIdentifier);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = $"{MediaTypes.Json}; charset=utf-8";
        var error = new ExecutionError("An internal error occurred.") { Code = ErrorCodes.Internal };
        error.Data[GraphErrorInfoProvider.RequestIdKey] = context.TraceIdentifier;
        var body = new ExecutionResult { Errors = [error] };
        await context.RequestServices.GetRequiredService<IGraphQLTextSerializer>()
            .WriteAsync(context.Response.Body, body, context.RequestAborted).ConfigureAwait(false);
    }
}
