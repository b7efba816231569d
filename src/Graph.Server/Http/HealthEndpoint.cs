using System.Text.Json;
using Graph.Domain.Store;
using Graph.GraphQL.Security;
using Graph.Server.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http;

/// <summary>
/// <c>/healthz</c>: the process is alive and serving (liveness; never touches the store).
/// <c>/readyz</c>: the store answers (readiness): 200, or 503 when it does not. The entity and document counts are read
/// data: they are included only when reads are open or the caller holds a reader's credentials.
/// </summary>
internal static class HealthEndpoint
{
    public static Task WriteLiveAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status200OK, new { status = "live" });

    public static async Task WriteReadyAsync(HttpContext context)
    {
        var services = context.RequestServices;
        try
        {
            await services.GetRequiredService<IGraphStoreLifecycle>().CheckHealthAsync(context.RequestAborted).ConfigureAwait(false);
            if (!await MayReadAsync(context).ConfigureAwait(false))
            {
                await WriteAsync(context, StatusCodes.Status200OK, new { status = "ready", store = "reachable" }).ConfigureAwait(false);
                return;
            }

            var statistics = await services.GetRequiredService<IGraphReader>().GetStatisticsAsync(context.RequestAborted).ConfigureAwait(false);
            await WriteAsync(context, StatusCodes.Status200OK, new
            {
                status = "ready",
                store = "reachable",
                entities = statistics.Entities,
                documents = statistics.Documents,
            }).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HealthEndpoint))
                .LogError(exception, "Readiness check failed");
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, new { status = "unavailable", store = "unreachable" })
                .ConfigureAwait(false);
        }
    }

    private static async Task<bool> MayReadAsync(HttpContext context)
    {
        if (!context.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.RequireKeyForReads)
        {
            return true;
        }

        var (_, problem) = await CallerAuthorization.RequireAsync(context, GraphRole.Reader, "The counts").ConfigureAwait(false);
        return problem is null;
    }

    private static async Task WriteAsync(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
    }
}
