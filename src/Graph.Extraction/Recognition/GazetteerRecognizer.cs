using Graph.Domain.Model;
using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

/// <summary>Leftmost-longest matching of every gazetteer name and alias over the article.</summary>
internal static class GazetteerRecognizer
{
    // 振兴区域, 区块链: a district name glued to these is the start of another word.
    private const string DistrictBreakers = "域块间";

    public static void Recognize(ArticleContext context)
    {
        var text = context.Text;
        var matches = new List<(int Length, GazetteerTerm Value)>();
        var named = new Lazy<HashSet<string>>(() => PlacesNamed(context));
        var i = context.Start;
        while (i < context.End)
        {
            context.Checkpoint(i);
            context.Gazetteer.Terms.MatchAll(text, i, context.End, matches);
            var accepted = 0;
            for (var k = matches.Count - 1; k >= 0 && accepted == 0; k--)
            {
                var (length, term) = matches[k];
                if (!LatinBoundaryHolds(text, i, i + length, context.Start, context.End))
                {
                    continue;
                }

                if (term.Entries.Any(e => e.Kind is null))
                {
                    context.Candidates.Add(new Hit(null, i, i + length, Hit.GazetteerPriority));
                    accepted = length;
                }
                else if (Pick(context, term, i + length, named) is { } entry)
                {
                    context.Candidates.Add(new Hit(ToRef(entry), i, i + length, Hit.GazetteerPriority));
                    accepted = length;
                }
            }

            i += Math.Max(accepted, 1);
        }
    }

    public static EntityRef ToRef(GazetteerEntry entry) =>
        new(entry.Kind!.Value, entry.Name, entry.Key, entry.Subtype, entry.Aliases);

    /// <summary>An ASCII name must not be cut out of a longer ASCII word (AI in CHAIN).</summary>
    internal static bool LatinBoundaryHolds(string text, int start, int end, int min, int max) =>
        !(char.IsAsciiLetterOrDigit(text[start]) && start > min && char.IsAsciiLetterOrDigit(text[start - 1]))
        && !(char.IsAsciiLetterOrDigit(text[end - 1]) && end < max && char.IsAsciiLetterOrDigit(text[end]));

    private static GazetteerEntry? Pick(ArticleContext context, GazetteerTerm term, int end, Lazy<HashSet<string>> named)
    {
        GazetteerEntry? chosen = null;
        foreach (var entry in term.Entries)
        {
            if (entry.Subtype == "district" && end < context.End && DistrictBreakers.Contains(context.Text[end], StringComparison.Ordinal))
            {
                continue;
            }

            if (entry.Kind == EntityKind.Organization && IsGenericDepartment(context.Text, end, context.End))
            {
                continue;
            }

            if (entry.NeedsContext && !named.Value.Contains(entry.Parent!))
            {
                continue;
            }

            if (chosen is not null)
            {
                // Still ambiguous: two cities with this district are both named. Better nothing than a guess.
                return null;
            }

            chosen = entry;
        }

        return chosen;
    }

    /// <summary>
    /// 财政部门, 公安部门: a ministry's name followed by 门 is the generic word for that line of departments at every level,
    /// not the ministry (商务部门户网站 is still the ministry's portal).
    /// </summary>
    private static bool IsGenericDepartment(string text, int end, int max) =>
        text[end - 1] == '部' && end < max && text[end] == '门' && !(end + 1 < max && text[end + 1] == '户');

    /// <summary>
    /// The keys of every place whose name or alias occurs anywhere in the article, even inside a longer name: a district whose
    /// name several cities share is read only when its city is named. One trie walk per position, so linear in the article.
    /// </summary>
    private static HashSet<string> PlacesNamed(ArticleContext context)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var matches = new List<(int Length, GazetteerTerm Value)>();
        for (var i = context.Start; i < context.End; i++)
        {
            context.Checkpoint(i);
            context.Gazetteer.Terms.MatchAll(context.Text, i, context.End, matches);
            foreach (var (_, term) in matches)
            {
                foreach (var entry in term.Entries)
                {
                    if (entry.Kind == EntityKind.Place)
                    {
                        keys.Add(entry.Key);
                    }
                }
            }
        }

        return keys;
    }
}
