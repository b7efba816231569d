using Graph.Domain.Model;
using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Companies by legal-form suffix (…有限公司, …集团). A name that starts with a place gives LOCATED_IN that place, and its
/// short form (加华电子 for 朝阳市加华电子有限公司) is learnt so later bare mentions are found.
/// </summary>
internal static class CompanyRecognizer
{
    private const int MaxNameLength = 24;
    private const int MinCoreLength = 2;

    private static readonly TermTrie<string> LegalForms =
        SuffixTrie.Of("股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司", "集团");

    public static void Recognize(ArticleContext context)
    {
        var text = context.Text;
        var placeStarts = context.Candidates
            .Where(h => h.Entity is { Kind: EntityKind.Place } && !h.Contextual)
            .GroupBy(h => h.Start)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(h => h.Length).First());
        for (var j = context.Start + MinCoreLength; j < context.End; j++)
        {
            context.Checkpoint(j);
            var (length, suffix) = LegalForms.MatchLongest(text, j, context.End);
            if (length == 0)
            {
                continue;
            }

            var start = NameBoundary.ScanLeft(text, j, context.Start, MaxNameLength, MinCoreLength);
            if (j - start < MinCoreLength)
            {
                continue;
            }

            var end = j + length;
            var name = text[start..end];
            placeStarts.TryGetValue(start, out var place);
            if (place is not null && place.End > j)
            {
                place = null;
            }

            var shortName = text[(place?.End ?? start)..j];
            IReadOnlyList<string>? aliases = shortName.Length >= MinCoreLength && shortName != name ? [shortName] : null;
            var company = EntityRef.Named(EntityKind.Company, name, null, aliases);
            context.Candidates.Add(place is null
                ? new Hit(company, start, end, Hit.PatternPriority)
                : new Hit(company, start, end, Hit.PatternPriority, [place],
                    [new RelationDraft(RelationType.LocatedIn, company, place.Entity!, start, end)]));
            j = end - 1;
        }
    }
}
