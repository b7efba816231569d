using System.Text.Json;
using Graph.Domain.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Server.Http;

/// <summary><c>/healthz</c>: 200 with counts when the store answers, 503 when it does not.</summary>
internal static class HealthEndpoint
{
    public static async Task WriteAsync(HttpContext context)
    {
        var store = context.RequestServices.GetRequiredService<IGraphStore>();
        object body;
        try
        {
            await store.CheckHealthAsync(context.RequestAborted).ConfigureAwait(false);
            var statistics = await store.GetStatisticsAsync(context.RequestAborted).ConfigureAwait(false);
            body = new { status = "ok", store = "reachable", entities = statistics.Entities, documents = statistics.Documents };
            context.Response.StatusCode = StatusCodes.Status200OK;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HealthEndpoint))
                .LogError(exception, "Health check failed");
            body = new { status = "unavailable", store = "unreachable" };
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
    }
}
