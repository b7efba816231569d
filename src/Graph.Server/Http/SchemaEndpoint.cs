using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Http;

/// <summary>Serves the schema in SDL at <c>/graphql/schema.graphql</c>: the same text as the committed schema/schema.graphql.</summary>
internal static class SchemaEndpoint
{
    public static async Task WriteAsync(HttpContext context)
    {
        var schema = context.RequestServices.GetRequiredService<ISchema>();
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(Print(schema), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The schema's SDL with descriptions, as committed in schema/schema.graphql.</summary>
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n");
    }
}
