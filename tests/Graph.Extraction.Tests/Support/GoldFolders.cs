namespace Graph.Extraction.Tests.Support;

/// <summary>Where the gold files sit in the test output (copied from tests/Graph.Extraction.Tests/Gold).</summary>
internal static class GoldFolders
{
    public static string Sample => Path.Combine(AppContext.BaseDirectory, "Gold", "Sample");

    public static string Holdout => Path.Combine(AppContext.BaseDirectory, "Gold", "Holdout");
}
