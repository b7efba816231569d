using Graph.Domain.Store;
using Graph.Server.GraphQL;
using Graph.Server.GraphQL.Validation;
using Graph.Server.Http.Analysis;
using Graph.Server.Security;
using Graph.Server.Telemetry;
using GraphQL;
using GraphQL.Types;
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
/// (<see cref="GraphQLLimits.TimeoutSeconds"/>) and under the client's abort.
/// </summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    GraphiQLPage graphiQL,
    IOptions<GraphQLLimits> limits,
    IOptionsMonitor<AuthOptions> auth,
    GraphRateLimiter rateLimiter,
    DocumentAnalysisCache analyses,
    ExecutionOptionsConfigurator configurator,
    LargeDocumentGate largeDocuments,
    ILogger<GraphQLHttpHandler> logger)
{
    private const int MaxReportedErrors = ValidationGuardRule.MaxErrors;

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

        var mediaType = ResponseMediaType.Choose(accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(context, MediaTypes.Json, new RequestProblem(
                StatusCodes.Status406NotAcceptable,
                $"Accept one of {MediaTypes.GraphQLResponse} or {MediaTypes.Json} (utf-8).")).ConfigureAwait(false);
            return;
        }

        var (graphQLRequest, problem) = HttpMethods.IsGet(request.Method)
            ? reader.ReadGet(request.Query)
            : await reader.ReadPostAsync(request, limits.Value.MaxRequestBytes, deadline.Token).ConfigureAwait(false);
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

        using (turn)
        {
            var (analysis, refusal) = await CheckAsync(context, graphQLRequest, deadline.Token).ConfigureAwait(false);
            if (refusal is not null)
            {
                await WriteProblemAsync(context, mediaType, refusal).ConfigureAwait(false);
                return;
            }

            var remaining = timeout - System.Diagnostics.Stopwatch.GetElapsedTime(started);
            await ExecuteAsync(context, mediaType, graphQLRequest, analysis, remaining).ConfigureAwait(false);
        }
    }

    private static RequestProblem OutOfTime(string message) =>
        new(StatusCodes.Status504GatewayTimeout, message, ErrorCodes.Timeout, WellFormed: true);

    private async Task<(OperationAnalysis? Analysis, RequestProblem? Problem)> CheckAsync(
        HttpContext context, GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        OperationAnalysis? analysis;
        DocumentRefusal? refusal;
        try
        {
            (analysis, refusal) = analyses.Analyze(request.Query, request.OperationName, DocumentLimits(), cancellationToken);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return (null, OutOfTime("The request ran out of time before it could execute."));
        }

        if (refusal is not null)
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, refusal.Message, refusal.Code, WellFormed: true));
        }

        if (analysis is { IsMutation: true } && HttpMethods.IsGet(context.Request.Method))
        {
            // Spec section "GET": mutations over GET must be refused, with 405 and the method that would work.
            return (null, new RequestProblem(StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.", Allow: "POST"));
        }

        var required = analysis is { IsMutation: true } ? GraphRole.Writer : auth.CurrentValue.RequireKeyForReads ? GraphRole.Reader : (GraphRole?)null;
        var (user, denied) = await CallerAuthorization.RequireAsync(context, required, "This operation").ConfigureAwait(false);
        if (denied is not null)
        {
            return (null, denied);
        }

        if (analysis is not null
            && rateLimiter.TryAcquire(GraphClaims.PartitionKey(user, context.Connection.RemoteIpAddress?.ToString()), analysis.IsMutation, analysis.RootFields) is { } wait)
        {
            return (null, new RequestProblem(StatusCodes.Status429TooManyRequests, $"Rate limit exceeded; retry in {wait} s.", ErrorCodes.LimitExceeded)
            {
                RetryAfterSeconds = wait,
            });
        }

        return (analysis, null);
    }

    private async Task ExecuteAsync(HttpContext context, string mediaType, GraphQLHttpRequest request, OperationAnalysis? analysis, TimeSpan remaining)
    {
        var operationType = analysis?.Operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        using var activity = GraphTelemetry.Source.StartActivity($"graphql {operationType} {analysis?.OperationName}".TrimEnd());
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        GraphUserContext? userContext = null;
        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = request.Query;
            options.Document = analysis?.Document;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = context.RequestServices;
            options.CancellationToken = context.RequestAborted;
            options.User = context.User;
            configurator.Configure(options, context, remaining);
            userContext = options.UserContext as GraphUserContext;
        }).ConfigureAwait(false);
        LeaveOutExcessErrors(result);

        var cost = userContext?.Cost;
        var tags = new System.Diagnostics.TagList { { "graphql.operation.type", operationType }, { "graphql.errors", result.Errors?.Count > 0 } };
        GraphTelemetry.OperationDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, tags);
        if (cost is { } estimated)
        {
            GraphTelemetry.OperationCost.Record(estimated, tags);
        }

        activity?.SetTag("graphql.operation.name", analysis?.OperationName);
        activity?.SetTag("graphql.operation.cost", cost);
        context.Response.StatusCode = StatusOf(result, mediaType);
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
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

    /// <summary>
    /// A document that fails validation reports its first errors only (a document can hold thousands of mistakes);
    /// validation itself stops early (<see cref="ValidationGuardRule"/>) and hands over the ones it found.
    /// </summary>
    private static void LeaveOutExcessErrors(ExecutionResult result)
    {
        if (result.Executed || result.Errors is not { Count: > 0 } errors)
        {
            return;
        }

        var stopped = errors.OfType<TooManyErrorsError>().FirstOrDefault();
        if (stopped is null && errors.Count <= MaxReportedErrors)
        {
            return;
        }

        var kept = new ExecutionErrors();
        foreach (var error in stopped?.First ?? errors.Take(MaxReportedErrors))
        {
            kept.Add(error);
        }

        kept.Add(new global::GraphQL.Validation.ValidationError($"More errors were left out: at most {MaxReportedErrors} are reported."));
        result.Errors = kept;
    }

    private DocumentLimits DocumentLimits()
    {
        var value = limits.Value;
        return new DocumentLimits(
            value.MaxDocumentBytes,
            value.MaxTokens,
            value.MaxParserDepth,
            value.MaxAliases,
            value.MaxRootFields,
            value.MaxDirectives,
            value.MaxOperations,
            value.MaxFragments,
            value.MaxSelections,
            value.MaxQueryDepth);
    }

    private static Task WriteProblemAsync(HttpContext context, string mediaType, RequestProblem problem) =>
        RequestProblemWriter.WriteAsync(context, mediaType, problem);
}
