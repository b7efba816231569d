using Graph.GraphQL;
using Graph.Server.Http.Analysis;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Http.Endpoint;

/// <summary>
/// The document's limits before anything runs: large documents take turns, then the document is parsed and measured under
/// the size, shape and cost limits (<see cref="OperationAdmission"/>), and what this transport cannot run is refused.
/// </summary>
internal sealed class OperationLimits(LargeDocumentGate largeDocuments, OperationAdmission admission)
{
    /// <summary>A turn for a document of this size (release it when the operation has run); a 504 problem past the deadline.</summary>
    public async Task<(IDisposable? Turn, RequestProblem? Problem)> EnterAsync(
        GraphQLHttpRequest request, HttpContext context, CancellationToken deadline)
    {
        try
        {
            return (await largeDocuments.EnterAsync(request.Query.Length, deadline).ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return (null, OutOfTime("The request ran out of time waiting for its turn: large documents take turns."));
        }
    }

    /// <summary>The analysed operation, or why it may not run here.</summary>
    public (OperationAnalysis? Analysis, RequestProblem? Problem) Check(
        GraphQLHttpRequest request, HttpContext context, bool streaming, CancellationToken deadline)
    {
        OperationAnalysis? analysis;
        RequestProblem? refusal;
        try
        {
            (analysis, refusal) = admission.Analyze(request, deadline);
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

        return (analysis, null);
    }

    private static RequestProblem OutOfTime(string message) =>
        new(StatusCodes.Status504GatewayTimeout, message, ErrorCodes.Timeout, WellFormed: true);
}
