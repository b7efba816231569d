using Graph.Server.Cli;
using Graph.Server.Hosting;

if (CommandLine.IsToolVerb(args))
{
    return await CommandLine.RunToolAsync(args);
}

var app = GraphHostBuilder.Create(CommandLine.ServeArguments(args)).Build();
app.MapGraphQLEndpoints();
await app.PrepareGraphAsync();
await app.RunAsync();
return 0;

/// <summary>The entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
