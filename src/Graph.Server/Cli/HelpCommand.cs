namespace Graph.Server.Cli;

/// <summary><c>help</c>: the verbs and options.</summary>
internal static class HelpCommand
{
    private const string Text = """
        Graph: a GraphQL knowledge graph of economic and policy newsletters.

        Usage:
          Graph.Server [serve] [--db PATH] [--urls URL]   run the service (GraphQL IDE at /graphql)
          Graph.Server ingest FILES-OR-FOLDERS [--published YYYY-MM-DD] [--db PATH]
                                                          ingest .txt, .md, .html and .pdf documents
          Graph.Server export --format json|cypher [--out FILE] [--db PATH]
          Graph.Server stats [--db PATH]
          Graph.Server sample-graph --out FILE FILES      rebuild the bundled sample graph from documents
          Graph.Server schema [--out FILE]                print the GraphQL schema (SDL)
          Graph.Server eval FOLDER [--gold FOLDER] [--group-by prefix] [--speed RUNS]
                                                          score extraction against x.gold.json files

        The embedded store's file is --db PATH, else $GRAPH_DB, else data/graph.db under the working directory.
        """;

    public static Task<int> RunAsync(ToolContext context)
    {
        Console.WriteLine(Text);
        return Task.FromResult(0);
    }
}
