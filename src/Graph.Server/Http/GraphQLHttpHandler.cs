using Graph.Domain.Store;
using Graph.GraphQL;
using Graph.Server.Http.Analysis;
using Graph.Server.Http.Persisted;
using Graph.Server.Http.Streaming;
using Graph.Server.Security;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http;

/// <summary>
/// The <c>/graphql</c> endpoint, per the GraphQL-over-HTTP spec (graphql/graphql-over-http, spec/GraphQLOverHTTP.md):
/// POST with JSON, GET for queries only, content negotiation between application/graphql-response+json and
/// application/json, and status codes by media type (section "Status Codes"). Before anything executes, the document
/// is parsed under size and shape limits, the caller's role is checked and rate budgets are charged. Every phase (reading
/// the body, analysis, validation, the cost check, execution) runs under one deadline that starts when the request does
/// (<see cref="GraphQLLimits.TimeoutSeconds"/>) and under the client's abort. A request that accepts
/// <c>text/event-stream</c> is answered as GraphQL over Server-Sent Events (<see cref="ServerSentEventsTransport"/>);
/// a subscription needs that or a WebSocket.
/// </summary>
internal sealed class GraphQLHttpHandler(
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    GraphiQLPage graphiQL,
    IOptions<GraphQLLimits> limits,
    OperationAdmission admission,
    OperationRunner runner,
    LargeDocumentGate largeDocuments,
    ServerSentEventsTransport serverSentEvents,
    PersistedOperations persisted,
    IOptions<ResponseCachingOptions> caching,
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
        var request = context.Request;
        var accept = request.Headers.Accept.ToString();
        if (HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && ResponseMediaType.PrefersHtml(accept))
        {
            await graphiQL.WriteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            await WriteProblemAsync(context, MediaTypes.Json, new RequestProblem(
                StatusCodes.Status405MethodNotAllowed, "Use GET or POST.", Allow: "GET, POST")).ConfigureAwait(false);
            return;
        }

        var streaming = ServerSentEventsTransport.IsRequested(accept);
        var mediaType = streaming ? MediaTypes.Json : ResponseMediaType.Choose(accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(context, MediaTypes.Json, new RequestProblem(
                StatusCodes.Status406NotAcceptable,
                $"Accept one of {MediaTypes.GraphQLResponse}, {MediaTypes.Json} (utf-8) or {MediaTypes.EventStream}.")).ConfigureAwait(false);
            return;
        }

        var (graphQLRequest, problem) = HttpMethods.IsGet(request.Method)
            ? reader.ReadGet(request.Query)
            : await reader.ReadPostAsync(request, limits.Value.MaxRequestBytes, deadline.Token).ConfigureAwait(false);
        if (problem is null)
        {
            (graphQLRequest, problem) = persisted.Resolve(graphQLRequest!);
        }

        if (problem is not null)
        {
            await WriteProblemAsync(context, mediaType, problem).ConfigureAwait(false);
            return;
        }

        IDisposable? turn;
        try
        {
            turn = await largeDocuments.EnterAsync(graphQLRequest!.Query.Length, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            await WriteProblemAsync(context, mediaType, OutOfTime("The request ran out of time waiting for its turn: large documents take turns."))
                .ConfigureAwait(false);
            return;
        }

        ExecutionResult? streamed = null;
        using (turn)
        {
            var (analysis, refusal) = await CheckAsync(context, graphQLRequest, streaming, deadline.Token).ConfigureAwait(false);
            if (refusal is not null)
            {
                if (streaming && refusal.StatusCode != StatusCodes.Status405MethodNotAllowed)
                {
                    // GraphQL over SSE, "Distinct connections mode": errors found before execution go through the stream.
                    await serverSentEvents.WriteRefusalAsync(context, refusal).ConfigureAwait(false);
                }
                else
                {
                    await WriteProblemAsync(context, mediaType, refusal).ConfigureAwait(false);
                }

                return;
            }

            var remaining = timeout - System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (streaming)
            {
                streamed = await serverSentEvents.StartAsync(context, graphQLRequest, analysis, remaining).ConfigureAwait(false);
            }
            else
            {
                await ExecuteAsync(context, mediaType, graphQLRequest, analysis, remaining).ConfigureAwait(false);
            }
        }

        // The stream outlives the request's deadline and its turn: it ends when the source completes or the client leaves.
        if (streamed is not null)
        {
            await serverSentEvents.StreamAsync(context, streamed).ConfigureAwait(false);
        }
    }

    private static RequestProblem OutOfTime(string message) =>
        new(StatusCodes.Status504GatewayTimeout, message, ErrorCodes.Timeout, WellFormed: true);

    private async Task<(OperationAnalysis? Analysis, RequestProblem? Problem)> CheckAsync(
        HttpContext context, GraphQLHttpRequest request, bool streaming, CancellationToken cancellationToken)
    {
        OperationAnalysis? analysis;
        RequestProblem? refusal;
        try
        {
            (analysis, refusal) = admission.Analyze(request, cancellationToken);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return (null, OutOfTime("The request ran out of time before it could execute."));
        }

        if (refusal is not null)
        {
            return (null, refusal);
        }

        if (analysis is { IsMutation: true } && HttpMethods.IsGet(context.Request.Method))
        {
            // Spec section "GET": mutations over GET must be refused, with 405 and the method that would work.
            return (null, new RequestProblem(StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.", Allow: "POST"));
        }

        if (!streaming && analysis?.Operation?.Operation == OperationType.Subscription)
        {
            // One response per request cannot carry a stream of them; the two transports that can are named.
            return (null, new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Subscriptions are not served over plain HTTP: use a WebSocket on /graphql (subprotocol graphql-transport-ws) " +
                $"or send the request with Accept: {MediaTypes.EventStream} (GraphQL over Server-Sent Events)."));
        }

        var (user, denied) = await CallerAuthorization.RequireAsync(context, admission.RequiredRole(analysis), "This operation").ConfigureAwait(false);
        if (denied is not null)
        {
            return (null, denied);
        }

        return (analysis, admission.Charge(user, context.Connection.RemoteIpAddress?.ToString(), analysis));
    }

    private async Task ExecuteAsync(HttpContext context, string mediaType, GraphQLHttpRequest request, OperationAnalysis? analysis, TimeSpan remaining)
    {
        var result = await runner.ExecuteAsync(context, request, analysis, context.RequestServices, context.User, remaining, context.RequestAborted)
            .ConfigureAwait(false);
        context.Response.StatusCode = StatusOf(result, mediaType);
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await WriteCacheableAsync(context, result).ConfigureAwait(false);
    }

    /// <summary>
    /// A GET answer (a query; mutations never run over GET) carries an ETag of its bytes and the configured
    /// Cache-Control when it succeeded without errors; a client that sends the tag back in If-None-Match gets 304 and
    /// no body (RFC 9110 section 15.4.5). The answer differs by media type and by caller, hence the Vary header.
    /// Answers with errors are not kept (<c>no-store</c>).
    /// </summary>
    private async Task WriteCacheableAsync(HttpContext context, ExecutionResult result)
    {
        using var body = new MemoryStream();
        await serializer.WriteAsync(body, result, context.RequestAborted).ConfigureAwait(false);
        var response = context.Response;
        response.Headers.Vary = $"Accept, Authorization, {ApiKeyAuthenticationHandler.HeaderName}";
        if (response.StatusCode != StatusCodes.Status200OK || result.Errors is { Count: > 0 })
        {
            response.Headers.CacheControl = "no-store";
        }
        else
        {
            var tag = EntityTags.Of(body.GetBuffer().AsSpan(0, (int)body.Length));
            response.Headers.ETag = tag;
            response.Headers.CacheControl = caching.Value.CacheControl;
            if (EntityTags.Matches(context.Request, tag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentType = null;
                return;
            }
        }

        body.Position = 0;
        await body.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// A request error (parse, validation, variable coercion, cost) means the operation never ran: 400 under the new
    /// media type, 200 under application/json; an operation that timed out without data is 504 under the new type.
    /// </summary>
    private static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (mediaType != MediaTypes.GraphQLResponse)
        {
            return StatusCodes.Status200OK;
        }

        if (result.Data is null && result.Errors?.Any(e => e is global::GraphQL.Execution.TimeoutError) == true)
        {
            return StatusCodes.Status504GatewayTimeout;
        }

        if (result.Data is null && result.Errors?.Any(e => e.InnerException is GraphStoreUnavailableException) == true)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }

    private static Task WriteProblemAsync(HttpContext context, string mediaType, RequestProblem problem) =>
        RequestProblemWriter.WriteAsync(context, mediaType, problem);
}
