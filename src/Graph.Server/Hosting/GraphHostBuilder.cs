namespace Graph.Server.Hosting;

/// <summary>
/// The one host builder of every verb: the service and the CLI tools get the same configuration sources, the same
/// registrations (<see cref="KnowledgeGraphHostExtensions.AddKnowledgeGraph"/>) and the same options validation.
/// </summary>
internal static class GraphHostBuilder
{
    public static WebApplicationBuilder Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddKnowledgeGraph();
        return builder;
    }
}
