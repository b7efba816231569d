using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Graph.Server.Http;

/// <summary>
/// Gives every response an <c>X-Request-Id</c> (the ID internal errors carry and the logs record) and opens a logging
/// scope with it, so one ID ties a client's report to the server's log lines.
/// </summary>
internal sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string HeaderName = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers[HeaderName] = context.TraceIdentifier;
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = context.TraceIdentifier }))
        {
            await next(context).ConfigureAwait(false);
        }
    }
}
