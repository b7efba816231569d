using Graph.Server.GraphQL;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http;

/// <summary>
/// The <c>/graphql</c> endpoint, per the GraphQL-over-HTTP spec (graphql/graphql-over-http, spec/GraphQLOverHTTP.md):
/// POST with JSON, GET for queries only, content negotiation between application/graphql-response+json and
/// application/json, and status codes by media type (section "Status Codes").
/// </summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    GraphiQLPage graphiQL,
    IOptions<GraphQLLimits> limits,
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
                StatusCodes.Status405MethodNotAllowed, "Use GET or POST.", "GET, POST")).ConfigureAwait(false);
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
        if (problem is null && HttpMethods.IsGet(request.Method) && IsMutation(graphQLRequest!))
        {
            // Spec section "GET": mutations over GET must be refused, with 405 and the methods that would work.
            problem = new RequestProblem(StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.", "POST");
        }

        if (problem is not null)
        {
            await WriteProblemAsync(context, mediaType, problem).ConfigureAwait(false);
            return;
        }

        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = graphQLRequest!.Query;
            options.OperationName = graphQLRequest.OperationName;
            options.Variables = graphQLRequest.Variables;
            options.Extensions = graphQLRequest.Extensions;
            options.RequestServices = context.RequestServices;
            options.CancellationToken = context.RequestAborted;
            options.User = context.User;
            configurator.Configure(options, context);
        }).ConfigureAwait(false);

        // A request error (parse, validation, variable coercion) means the operation never ran: 400 under the new
        // media type, 200 under application/json (section "Status Codes").
        context.Response.StatusCode = mediaType == MediaTypes.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool IsMutation(GraphQLHttpRequest request)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(request.Query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false; // The executor reports the syntax error in the usual shape.
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = request.OperationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
        return selected?.Operation == OperationType.Mutation;
    }

    private async Task WriteProblemAsync(HttpContext context, string mediaType, RequestProblem problem)
    {
        context.Response.StatusCode = problem.StatusCode;
        if (problem.Allow is not null)
        {
            context.Response.Headers.Allow = problem.Allow;
        }

        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        var body = new ExecutionResult
        {
            Errors = [new ExecutionError(problem.Message) { Code = ErrorCodes.BadRequest }],
        };
        await serializer.WriteAsync(context.Response.Body, body, context.RequestAborted).ConfigureAwait(false);
    }
}
