using Graph.GraphQL;
using Graph.Server.Http.Endpoint;
using Graph.Server.Http.Streaming;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http;

/// <summary>
/// The <c>/graphql</c> endpoint, per the GraphQL-over-HTTP spec (graphql/graphql-over-http, spec/GraphQLOverHTTP.md), as
/// its parts in the order they run (<see cref="HandleWithinDeadlineAsync"/>): content negotiation, the request's size,
/// the document's size, shape and cost, authentication, the rate budget, execution with its error and status mapping.
/// Every part runs under one deadline that starts when the request does (<see cref="GraphQLLimits.TimeoutSeconds"/>)
/// and under the client's abort. A request that accepts <c>text/event-stream</c> is answered as GraphQL over
/// Server-Sent Events (<see cref="ServerSentEventsTransport"/>); a subscription needs that or a WebSocket.
/// </summary>
internal sealed class GraphQLHttpHandler(
    ContentNegotiation negotiation,
    RequestReading reading,
    OperationLimits operationLimits,
    CallerAuthentication authentication,
    RateLimit rateLimit,
    OperationExecution execution,
    ServerSentEventsTransport serverSentEvents,
    IOptions<GraphQLLimits> limits,
    ILogger<GraphQLHttpHandler> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await HandleWithinDeadlineAsync(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: there is nobody to answer, and it is not a fault of the service.
            logger.LogDebug(exception, "Request {RequestId} was abandoned by the client", context.TraceIdentifier);
        }
    }

    private async Task HandleWithinDeadlineAsync(HttpContext context)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var timeout = TimeSpan.FromSeconds(limits.Value.TimeoutSeconds);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(timeout);

        // 1. Content negotiation: the IDE page, 405 or 406 end here.
        if (await negotiation.NegotiateAsync(context).ConfigureAwait(false) is not { } negotiated)
        {
            return;
        }

        // 2. The request's size, and a persisted operation's document.
        var (request, problem) = await reading.ReadAsync(context.Request, deadline.Token).ConfigureAwait(false);
        IDisposable? turn = null;
        if (problem is null)
        {
            // 3a. Large documents take turns.
            (turn, problem) = await operationLimits.EnterAsync(request!, context, deadline.Token).ConfigureAwait(false);
        }

        if (problem is not null)
        {
            await RequestProblemWriter.WriteAsync(context, negotiated.MediaType, problem).ConfigureAwait(false);
            return;
        }

        ExecutionResult? streamed = null;
        using (turn)
        {
            // 3b. The document's size, shape and cost; 4. authentication; 5. the rate budget.
            var (analysis, refusal) = operationLimits.Check(request!, context, negotiated.Streaming, deadline.Token);
            if (refusal is null)
            {
                var (user, denied) = await authentication.AuthenticateAsync(context, analysis).ConfigureAwait(false);
                refusal = denied ?? rateLimit.Charge(context, user, analysis);
            }

            if (refusal is not null)
            {
                await RefuseAsync(context, negotiated, refusal).ConfigureAwait(false);
                return;
            }

            // 6. Execution, its errors and status mapped (ResponseStatus), or the start of a stream.
            var remaining = timeout - System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (negotiated.Streaming)
            {
                streamed = await serverSentEvents.StartAsync(context, request!, analysis, remaining).ConfigureAwait(false);
            }
            else
            {
                await execution.ExecuteAsync(context, negotiated.MediaType, request!, analysis, remaining).ConfigureAwait(false);
            }
        }

        // The stream outlives the request's deadline and its turn: it ends when the source completes or the client leaves.
        if (streamed is not null)
        {
            await serverSentEvents.StreamAsync(context, streamed).ConfigureAwait(false);
        }
    }

    private Task RefuseAsync(HttpContext context, Negotiation negotiated, RequestProblem refusal) =>

        // GraphQL over SSE, "Distinct connections mode": errors found before execution go through the stream.
        negotiated.Streaming && refusal.StatusCode != StatusCodes.Status405MethodNotAllowed
            ? serverSentEvents.WriteRefusalAsync(context, refusal)
            : RequestProblemWriter.WriteAsync(context, negotiated.MediaType, refusal);
}
