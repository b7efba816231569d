using Graph.Server.Cli;
using Graph.Server.Hosting;

if (CommandLine.IsToolVerb(args))
{
    return await CommandLine.RunToolAsync(args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = CommandLine.ServeArguments(args),
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddKnowledgeGraph();

var app = builder.Build();
app.MapGraphQLEndpoints();
await app.PrepareGraphAsync();
await app.RunAsync();
return 0;

/// <summary>The entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
