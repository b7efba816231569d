using System.Text;
using Graph.GraphQL.Subscriptions;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Graph.Server.Http.Streaming;

/// <summary>
/// GraphQL over Server-Sent Events in "distinct connections mode" (enisdenjo/graphql-sse, PROTOCOL.md): a GraphQL-over-HTTP
/// request that accepts <c>text/event-stream</c> is answered with a stream of <c>next</c> events, each an execution
/// result, and one <c>complete</c> event (with an empty <c>data</c> field, which EventSource needs); errors found before
/// execution also go through the accepted stream as a <c>next</c> event. The client ends a subscription by closing the
/// connection. A quiet stream sends a comment line every <see cref="SubscriptionOptions.KeepAliveInterval"/> so proxies
/// keep it open; a client that reads too slowly is ended (<see cref="BoundedStreamObserver"/>).
/// </summary>
internal sealed class ServerSentEventsTransport(
    IGraphQLTextSerializer serializer,
    OperationRunner runner,
    StreamingConnections connections,
    IOptions<SubscriptionOptions> options,
    ILogger<ServerSentEventsTransport> logger)
{
    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();
    private static readonly byte[] Complete = "event: complete\ndata: \n\n"u8.ToArray();

    /// <summary>True when the Accept header names <c>text/event-stream</c> (with a non-zero quality).</summary>
    public static bool IsRequested(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept) || !accept.Contains(MediaTypes.EventStream, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges)
            && ranges.Any(r => string.Equals(r.MediaType.Value, MediaTypes.EventStream, StringComparison.OrdinalIgnoreCase) && (r.Quality ?? 1.0) > 0);
    }

    /// <summary>A request refused before execution: one <c>next</c> event with the error, then <c>complete</c>.</summary>
    public async Task WriteRefusalAsync(HttpContext context, RequestProblem problem)
    {
        await StartResponseAsync(context).ConfigureAwait(false);
        await WriteNextAsync(context, StreamErrors.Of(problem)).ConfigureAwait(false);
        await WriteAsync(context, Complete).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the operation. A query or mutation is answered whole here (null is returned); a subscription's result is
    /// returned for <see cref="StreamAsync"/> once the request's deadline and turn no longer apply.
    /// </summary>
    public async Task<ExecutionResult?> StartAsync(HttpContext context, GraphQLHttpRequest request, Analysis.OperationAnalysis? analysis, TimeSpan remaining)
    {
        if (!connections.TryEnter())
        {
            await RequestProblemWriter.WriteAsync(context, MediaTypes.Json, TooManyConnections()).ConfigureAwait(false);
            return null;
        }

        var streaming = false;
        try
        {
            var result = await runner.ExecuteAsync(context, request, analysis, context.RequestServices, context.User, remaining, context.RequestAborted)
                .ConfigureAwait(false);
            await StartResponseAsync(context).ConfigureAwait(false);
            if (result.Streams is not { Count: > 0 })
            {
                await WriteNextAsync(context, result).ConfigureAwait(false);
                await WriteAsync(context, Complete).ConfigureAwait(false);
                return null;
            }

            streaming = true;
            return result;
        }
        finally
        {
            if (!streaming)
            {
                connections.Exit();
            }
        }
    }

    /// <summary>Forwards a subscription's results until its source completes or the client leaves; frees the connection slot.</summary>
    public async Task StreamAsync(HttpContext context, ExecutionResult subscription)
    {
        try
        {
            var observer = new BoundedStreamObserver(options.Value.BufferSize);
            using var attached = subscription.Streams!.Values.First().Subscribe(observer);
            var aborted = context.RequestAborted;
            while (true)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                quiet.CancelAfter(options.Value.KeepAliveInterval);
                StreamItem item;
                try
                {
                    if (!await observer.Items.WaitToReadAsync(quiet.Token).ConfigureAwait(false) || !observer.Items.TryRead(out item!))
                    {
                        break;
                    }
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    await WriteAsync(context, KeepAlive).ConfigureAwait(false);
                    continue;
                }

                if (!item.Completed)
                {
                    await WriteNextAsync(context, item.Result!).ConfigureAwait(false);
                    continue;
                }

                if (item.Error is not null)
                {
                    logger.LogDebug(item.Error, "A subscription over SSE ended with a fault");
                    await WriteNextAsync(context, StreamErrors.Of(item.Error)).ConfigureAwait(false);
                }

                await WriteAsync(context, Complete).ConfigureAwait(false);
                break;
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how GraphQL over SSE ends a subscription.
        }
        finally
        {
            connections.Exit();
        }
    }

    public static RequestProblem TooManyConnections() =>
        new(StatusCodes.Status429TooManyRequests, "Too many streaming connections are open; retry later.", GraphQL.ErrorCodes.LimitExceeded) { RetryAfterSeconds = 5 };

    private static async Task StartResponseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = $"{MediaTypes.EventStream}; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";

        // Proxies such as nginx buffer responses unless told not to; an event stream must reach the client as it is written.
        context.Response.Headers["X-Accel-Buffering"] = "no";
        await context.Response.StartAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private Task WriteNextAsync(HttpContext context, ExecutionResult result) =>
        WriteAsync(context, Encoding.UTF8.GetBytes($"event: next\ndata: {serializer.Serialize(result)}\n\n"));

    private static async Task WriteAsync(HttpContext context, byte[] bytes)
    {
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
