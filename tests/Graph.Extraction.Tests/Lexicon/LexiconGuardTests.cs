using Graph.Domain.Identity;
using Graph.Extraction.Evaluation;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests.Lexicon;

/// <summary>
/// The hand-kept gazetteer holds closed classes only (places, central government bodies and their short forms, sector
/// words, block phrases): names of companies, people, events, projects, policies, products, media, universities and local
/// bodies are found by construction, so that what the extractor reaches on a document is what it reaches on unseen ones.
/// </summary>
public sealed class LexiconGuardTests
{
    private static readonly HashSet<string> ClosedKinds = ["Place", "Industry", "Block"];

    [Fact]
    public void Every_gazetteer_row_is_of_a_closed_class()
    {
        var open = Rows().Where(r => !IsClosed(r)).Select(r => $"{r.Kind} {r.Name} ({r.Subtype})").ToList();

        Assert.True(open.Count == 0, "Gazetteer rows outside the closed classes: " + string.Join(", ", open));
    }

    /// <summary>A government row is a central body: it hangs under no place (a local body is found as place + body).</summary>
    [Fact]
    public void Every_government_row_is_a_central_body()
    {
        var places = Rows().Where(r => r.Kind == "Place").Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var local = Rows().Where(r => r.Kind == "Organization" && places.Contains(r.Parent)).Select(r => r.Name).ToList();

        Assert.True(local.Count == 0, "Government rows under a place: " + string.Join(", ", local));
    }

    /// <summary>
    /// No lexicon name equals a dev-gold name of another class: a place or central body may be a gold place or body, a
    /// sector word a gold sector, nothing else. Job titles and local-body words must not be gold names at all.
    /// </summary>
    [SkippableFact]
    public void No_lexicon_entry_is_a_name_from_a_dev_gold()
    {
        var gold = GoldNames(SharedCorpus.Require("dev"));
        var clashes = new List<string>();
        foreach (var row in Rows().Where(r => r.Kind != "Block"))
        {
            foreach (var name in row.Names.Select(CanonicalName.Normalize))
            {
                if (gold.TryGetValue(name, out var kinds) && kinds.Any(k => k != row.Kind))
                {
                    clashes.Add($"{row.Kind} {name} (gold: {string.Join("/", kinds)})");
                }
            }
        }

        foreach (var word in Words.TitleWords.Concat(Words.LocalBodyWords).Concat(Words.DepartmentSuffixes).Concat(Words.LeftStopWords))
        {
            if (gold.TryGetValue(CanonicalName.Normalize(word), out var kinds))
            {
                clashes.Add($"word {word} (gold: {string.Join("/", kinds)})");
            }
        }

        Assert.True(clashes.Count == 0, "Lexicon entries that are dev-gold names: " + string.Join(", ", clashes));
    }

    private static bool IsClosed(GazetteerRow row) =>
        ClosedKinds.Contains(row.Kind) || (row.Kind == "Organization" && row.Subtype == "government");

    private static Dictionary<string, HashSet<string>> GoldNames(string folder)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*" + GoldAnnotation.FileSuffix))
        {
            foreach (var entity in GoldAnnotation.Load(path).Entities)
            {
                foreach (var name in entity.Names.Select(CanonicalName.Normalize))
                {
                    if (!names.TryGetValue(name, out var kinds))
                    {
                        names[name] = kinds = [];
                    }

                    kinds.Add(entity.Kind);
                }
            }
        }

        Assert.NotEmpty(names);
        return names;
    }

    private static List<GazetteerRow> Rows() =>
        [.. EmbeddedData.ReadTsv("gazetteer.tsv").Select(r => new GazetteerRow(r[0], r[1], r.ElementAtOrDefault(2) ?? string.Empty,
            r.ElementAtOrDefault(3) ?? string.Empty, r.ElementAtOrDefault(4) ?? string.Empty))];

    private sealed record GazetteerRow(string Kind, string Name, string Subtype, string Aliases, string Parent)
    {
        public IEnumerable<string> Names => Aliases.Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(Name);
    }
}
