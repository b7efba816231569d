using Graph.GraphQL;
using Graph.GraphQL.Security;
using Graph.Server.Security;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http;

/// <summary>
/// Serves the schema in SDL at <c>/graphql/schema.graphql</c>: the same text as the committed schema/schema.graphql. It
/// tells exactly what introspection tells, so it follows the same rule: with introspection off only an Admin gets it,
/// and with reads closed it needs a reader's credentials like any query.
/// </summary>
internal static class SchemaEndpoint
{
    public static async Task WriteAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var required = !services.GetRequiredService<IOptions<GraphQLLimits>>().Value.AllowIntrospection
            ? GraphRole.Admin
            : services.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.RequireKeyForReads ? GraphRole.Reader : (GraphRole?)null;
        var (_, problem) = await CallerAuthorization.RequireAsync(context, required, "The schema").ConfigureAwait(false);
        if (problem is not null)
        {
            await RequestProblemWriter.WriteAsync(context, MediaTypes.GraphQLResponse, problem).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(Print(services.GetRequiredService<ISchema>()), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The schema's SDL with descriptions, as committed in schema/schema.graphql.</summary>
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n");
    }
}
