using Graph.Domain.Store;
using Graph.Server.GraphQL;
using Graph.Server.Http.Analysis;
using Graph.Server.Security;
using Graph.Server.Telemetry;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http;

/// <summary>
/// The <c>/graphql</c> endpoint, per the GraphQL-over-HTTP spec (graphql/graphql-over-http, spec/GraphQLOverHTTP.md):
/// POST with JSON, GET for queries only, content negotiation between application/graphql-response+json and
/// application/json, and status codes by media type (section "Status Codes"). Before anything executes, the document
/// is parsed under size and shape limits, the caller's role is checked and rate budgets are charged.
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
    ExecutionOptionsConfigurator configurator)
{
    public async Task HandleAsync(HttpContext context)
    {
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
            : await reader.ReadPostAsync(request, limits.Value.MaxRequestBytes, context.RequestAborted).ConfigureAwait(false);
        OperationAnalysis? analysis = null;
        if (problem is null)
        {
            (analysis, problem) = await CheckAsync(context, graphQLRequest!).ConfigureAwait(false);
        }

        if (problem is not null)
        {
            await WriteProblemAsync(context, mediaType, problem).ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(context, mediaType, graphQLRequest!, analysis).ConfigureAwait(false);
    }

    private async Task<(OperationAnalysis? Analysis, RequestProblem? Problem)> CheckAsync(HttpContext context, GraphQLHttpRequest request)
    {
        var (analysis, violation) = analyses.Analyze(request.Query, request.OperationName, DocumentLimits());
        if (violation is not null)
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, violation, ErrorCodes.LimitExceeded, WellFormed: true));
        }

        if (analysis is { IsMutation: true } && HttpMethods.IsGet(context.Request.Method))
        {
            // Spec section "GET": mutations over GET must be refused, with 405 and the method that would work.
            return (null, new RequestProblem(StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.", Allow: "POST"));
        }

        var authentication = await context.AuthenticateAsync(SecurityServiceCollectionExtensions.Scheme).ConfigureAwait(false);
        if (authentication.Failure is not null)
        {
            return (null, Unauthenticated("The credentials are not valid."));
        }

        var user = authentication.Principal ?? context.User;
        context.User = user;
        var required = analysis is { IsMutation: true } ? GraphRole.Writer : auth.CurrentValue.RequireKeyForReads ? GraphRole.Reader : (GraphRole?)null;
        var role = GraphClaims.RoleOf(user);
        if (required is { } needed && role is null)
        {
            return (null, Unauthenticated($"This operation needs an API key or token with the {needed} role."));
        }

        if (required is { } minimum && role < minimum)
        {
            return (null, new RequestProblem(
                StatusCodes.Status403Forbidden, $"This operation needs the {minimum} role; the caller has {role}.", ErrorCodes.Forbidden, WellFormed: true));
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

    private async Task ExecuteAsync(HttpContext context, string mediaType, GraphQLHttpRequest request, OperationAnalysis? analysis)
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
            configurator.Configure(options, context);
            userContext = options.UserContext as GraphUserContext;
        }).ConfigureAwait(false);

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

    private DocumentLimits DocumentLimits()
    {
        var value = limits.Value;
        return new DocumentLimits(
            value.MaxDocumentBytes, value.MaxTokens, value.MaxParserDepth, value.MaxAliases, value.MaxRootFields, value.MaxDirectives);
    }

    private static RequestProblem Unauthenticated(string message) =>
        new(StatusCodes.Status401Unauthorized, message, ErrorCodes.Unauthenticated, WellFormed: true)
        {
            WwwAuthenticate = $"ApiKey header=\"{ApiKeyAuthenticationHandler.HeaderName}\", Bearer",
        };

    private async Task WriteProblemAsync(HttpContext context, string mediaType, RequestProblem problem)
    {
        context.Response.StatusCode = problem.StatusFor(mediaType);
        if (problem.Allow is not null)
        {
            context.Response.Headers.Allow = problem.Allow;
        }

        if (problem.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (problem.WwwAuthenticate is not null)
        {
            context.Response.Headers.WWWAuthenticate = problem.WwwAuthenticate;
        }

        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        var body = new ExecutionResult { Errors = [new ExecutionError(problem.Message) { Code = problem.Code }] };
        await serializer.WriteAsync(context.Response.Body, body, context.RequestAborted).ConfigureAwait(false);
    }
}
