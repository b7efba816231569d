namespace Graph.Extraction.Tests.Support;

/// <summary>
/// The shared corpus beside the repository (../shared/corpus: the sample newsletter and the dev set, never committed), found by
/// walking up from the test binaries. A test that needs it calls <see cref="Require"/> and is reported as skipped, with the
/// reason, on a machine that has only the repository; under CI, where the folder must be present, its absence fails instead.
/// </summary>
internal static class SharedCorpus
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The path of <paramref name="relative"/> inside shared/corpus; skips the calling test when it is not there.</summary>
    public static string Require(string relative)
    {
        var path = Root.Value is { } root ? Path.Combine(root, relative) : null;
        var present = path is not null && (File.Exists(path) || Directory.Exists(path));
        var reason = $"shared/corpus/{relative} is not present above {AppContext.BaseDirectory} (the shared corpus sits beside the repository as ../shared; a bare clone has none).";
        if (!present && Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
        {
            throw new InvalidOperationException("Under CI the shared corpus must be present: " + reason);
        }

        Skip.IfNot(present, reason);
        return path!;
    }

    private static string? Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
