namespace Graph.Server.Tests.Support;

/// <summary>Finds the repository root (the folder with Graph.sln) and the shared corpus beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SchemaFile => Path.Combine(Root, "schema", "schema.graphql");

    public static string SampleGraphFile => Path.Combine(Root, "data", "sample-graph.json");

    /// <summary>
    /// The sample newsletter, read from ../shared/corpus (never committed). A test that needs it calls this first: without
    /// the shared folder the test reports itself skipped, with the reason, instead of failing.
    /// </summary>
    public static string SampleNewsletter
    {
        get
        {
            var newsletter = FindSampleNewsletter();
            Skip.If(newsletter is null, $"No shared/corpus folder with a newsletter above {Root}: the sample newsletter is not committed, so this test needs ../shared.");
            return newsletter!;
        }
    }

    private static string? FindSampleNewsletter()
    {
        for (var directory = new DirectoryInfo(Root); directory is not null; directory = directory.Parent)
        {
            var corpus = Path.Combine(directory.FullName, "shared", "corpus");
            if (Directory.Exists(corpus))
            {
                return Directory.EnumerateFiles(corpus, "*.txt").Order(StringComparer.Ordinal).FirstOrDefault();
            }
        }

        return null;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Graph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Graph.sln not found above {AppContext.BaseDirectory}.");
    }
}
