using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Http;

/// <summary>Writes a <see cref="RequestProblem"/>: its status for the media type, its headers, and one GraphQL-shaped error.</summary>
internal static class RequestProblemWriter
{
    public static async Task WriteAsync(HttpContext context, string mediaType, RequestProblem problem)
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
        await context.RequestServices.GetRequiredService<IGraphQLTextSerializer>()
            .WriteAsync(context.Response.Body, body, context.RequestAborted).ConfigureAwait(false);
    }
}
