using Graph.Server.Http.Analysis;
using Graph.Server.Security;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http.Endpoint;

/// <summary>
/// Runs an admitted operation (<see cref="OperationRunner"/>: the executor under the remaining deadline) and writes its
/// result with the status <see cref="ResponseStatus"/> maps; a GET answer is cacheable.
/// </summary>
internal sealed class OperationExecution(IGraphQLTextSerializer serializer, OperationRunner runner, IOptions<ResponseCachingOptions> caching)
{
    public async Task ExecuteAsync(HttpContext context, string mediaType, GraphQLHttpRequest request, OperationAnalysis? analysis, TimeSpan remaining)
    {
        var result = await runner.ExecuteAsync(context, request, analysis, context.RequestServices, context.User, remaining, context.RequestAborted)
            .ConfigureAwait(false);
        context.Response.StatusCode = ResponseStatus.Of(result, mediaType);
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
}
