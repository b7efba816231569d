using Graph.Extraction.Evaluation;
using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests.Lexicon;

/// <summary>
/// The extraction's source (code and comments alike) names no company, person, event, project, policy or product that a
/// gold annotates: an example taken from a scored document invites a rule fitted to it. Examples in comments are invented.
/// </summary>
public sealed class SourceGuardTests
{
    private static readonly HashSet<string> OpenKinds = ["Company", "Person", "Event", "Project", "Policy", "Product"];

    /// <summary>
    /// Generic words a gold annotates as a name where its text gives no other (a bare 发布会), and national initiatives that
    /// every document of the genre names; a rule may well spell these.
    /// </summary>
    private static readonly HashSet<string> GenericWords =
        ["发布会", "新闻发布会", "吹风会", "通气会", "本届大会", "政府工作报告", "行动方案", "一带一路", "“一带一路”"];

    [Fact]
    public void No_source_file_names_an_open_class_entity_of_the_sample_gold() =>
        AssertNoGoldNameInSource(GoldFolders.Sample);

    [SkippableFact]
    public void No_source_file_names_an_open_class_entity_of_a_dev_gold() =>
        AssertNoGoldNameInSource(SharedCorpus.Require("dev"));

    private static void AssertNoGoldNameInSource(string goldFolder)
    {
        var names = Directory.EnumerateFiles(goldFolder, "*" + GoldAnnotation.FileSuffix)
            .SelectMany(path => GoldAnnotation.Load(path).Entities)
            .Where(e => OpenKinds.Contains(e.Kind))
            .SelectMany(e => e.Names)
            .Where(n => n.Length >= 3 && !GenericWords.Contains(n))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(names);

        var found = new List<string>();
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            found.AddRange(names.Where(n => text.Contains(n, StringComparison.Ordinal)).Select(n => $"{n} in {Path.GetFileName(file)}"));
        }

        Assert.True(found.Count == 0, "Gold names in the extraction's source: " + string.Join(", ", found));
    }

    private static IEnumerable<string> SourceFiles()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Graph.sln")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, "The repository root (Graph.sln) is not above " + AppContext.BaseDirectory);
        var source = Path.Combine(directory.FullName, "src", "Graph.Extraction");
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal));
    }
}
