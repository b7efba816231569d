using Graph.GraphQL;
using Graph.Server.Http.Persisted;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http.Endpoint;

/// <summary>
/// The size limit on the request: a GET's parameters or a POST body read within <see cref="GraphQLLimits.MaxRequestBytes"/>,
/// then a persisted operation's ID resolved to its document.
/// </summary>
internal sealed class RequestReading(GraphQLRequestReader reader, PersistedOperations persisted, IOptions<GraphQLLimits> limits)
{
    public async Task<(GraphQLHttpRequest? Request, RequestProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken deadline)
    {
        var (graphQLRequest, problem) = HttpMethods.IsGet(request.Method)
            ? reader.ReadGet(request.Query)
            : await reader.ReadPostAsync(request, limits.Value.MaxRequestBytes, deadline).ConfigureAwait(false);
        return problem is null ? persisted.Resolve(graphQLRequest!) : (null, problem);
    }
}
