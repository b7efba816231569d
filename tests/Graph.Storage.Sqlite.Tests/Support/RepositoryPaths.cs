namespace Graph.Storage.Sqlite.Tests.Support;

/// <summary>Locates files of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Graph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Graph.sln not found above the test output folder.");
    }
}
