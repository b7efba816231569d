using Graph.Server.Http.Streaming;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Http.Endpoint;

/// <summary>
/// The first part of <c>/graphql</c>: the method and the Accept header choose the IDE page for a browser, GET or POST
/// (spec section "Request"), and the response media type (section "Body"), or Server-Sent Events.
/// </summary>
internal sealed class ContentNegotiation(GraphiQLPage graphiQL)
{
    /// <summary>The negotiated answer; null when this part has already answered (the IDE page, 405, 406).</summary>
    public async Task<Negotiation?> NegotiateAsync(HttpContext context)
    {
        var request = context.Request;
        var negotiation = Decide(request.Method, request.Query.ContainsKey("query"), request.Headers.Accept.ToString());
        if (negotiation.ServesIde)
        {
            await graphiQL.WriteAsync(context).ConfigureAwait(false);
            return null;
        }

        if (negotiation.Problem is { } problem)
        {
            await RequestProblemWriter.WriteAsync(context, negotiation.MediaType, problem).ConfigureAwait(false);
            return null;
        }

        return negotiation;
    }

    /// <summary>The decision alone, from the method, whether the URL carries a query, and the Accept header.</summary>
    public static Negotiation Decide(string method, bool hasQuery, string accept)
    {
        if (HttpMethods.IsGet(method) && !hasQuery && ResponseMediaType.PrefersHtml(accept))
        {
            return new Negotiation(MediaTypes.Html, Streaming: false, ServesIde: true);
        }

        if (!HttpMethods.IsGet(method) && !HttpMethods.IsPost(method))
        {
            return new Negotiation(MediaTypes.Json, Streaming: false, Problem: new RequestProblem(
                StatusCodes.Status405MethodNotAllowed, "Use GET or POST.", Allow: "GET, POST"));
        }

        var streaming = ServerSentEventsTransport.IsRequested(accept);
        var mediaType = streaming ? MediaTypes.Json : ResponseMediaType.Choose(accept);
        return mediaType is null
            ? new Negotiation(MediaTypes.Json, Streaming: false, Problem: new RequestProblem(
                StatusCodes.Status406NotAcceptable,
                $"Accept one of {MediaTypes.GraphQLResponse}, {MediaTypes.Json} (utf-8) or {MediaTypes.EventStream}."))
            : new Negotiation(mediaType, streaming);
    }
}
