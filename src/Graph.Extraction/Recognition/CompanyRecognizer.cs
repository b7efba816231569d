using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Companies by legal-form suffix (…有限公司, …集团). A name that starts with a place gives LOCATED_IN that place, and its
/// short form (加华电子 for 朝阳市加华电子有限公司) is learnt so later bare mentions are found.
/// </summary>
internal static partial class CompanyRecognizer
{
    private const int MaxNameLength = 24;
    private const int MinCoreLength = 2;

    private static readonly TermTrie<string> LegalForms =
        SuffixTrie.Of("股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司", "集团", BranchForm);

    // 某某汽车荆门分公司: a branch, located in the place right before the suffix; its stem is no short name of it.
    private const string BranchForm = "分公司";

    public static void Recognize(ArticleContext context)
    {
        LegalNames(context);
        Appositions(context);
    }

    /// <summary>
    /// A company named after its kind and before what it says (龙头企业某某披露, 投行某某的报告): the name between them; a
    /// country just before the kind (某国投行…) is where it is. Titles and generic words (负责人, 代表) are no names.
    /// </summary>
    private static void Appositions(ArticleContext context)
    {
        var text = context.Text;
        var places = context.Candidates
            .Where(h => h.Entity is { Kind: EntityKind.Place, Subtype: "country" } && !h.Contextual)
            .GroupBy(h => h.End).ToDictionary(g => g.Key, g => g.First());
        for (var match = Apposition().Match(text, context.Start, context.End - context.Start); match.Success; match = match.NextMatch())
        {
            var name = match.Groups["n"];
            if (Words.Titles.Contains(name.Value) || GenericWords.Any(w => name.Value.Contains(w, StringComparison.Ordinal))
                || Adverbs.Any(a => name.Value.StartsWith(a, StringComparison.Ordinal)))
            {
                continue;
            }

            var company = EntityRef.Named(EntityKind.Company, name.Value);
            var (start, end) = (name.Index, name.Index + name.Length);
            var place = Enumerable.Range(Math.Max(context.Start, match.Index - MaxKindPrefix), MaxKindPrefix + 1)
                .Select(p => places.GetValueOrDefault(p)).LastOrDefault(h => h is not null
                    && text.AsSpan(h.End, match.Index - h.End).IndexOfAny("，。；、：") < 0);
            context.Candidates.Add(place is null
                ? new Hit(company, start, end, Hit.PatternPriority)
                : new Hit(company, start, end, Hit.PatternPriority, null,
                    [new RelationDraft(RelationType.LocatedIn, company, place.Entity!, place.Start, end)]));
        }
    }

    private const int MaxKindPrefix = 12;

    // 企业纷纷表示, 公司均表示: an adverb between the kind and the verb is no name (a closed class of function words).
    private static readonly string[] Adverbs = ["纷纷", "均", "都", "也", "还", "普遍", "一致", "相继", "先后", "近日", "日前", "此前", "随后", "同时", "正式", "已经", "将", "亦", "再次", "首次", "多次"];

    private static readonly string[] GenericWords = ["代表", "人士", "相关", "方面", "负责", "员工", "高管", "我们", "数据", "报告", "今年", "目前"];

    [GeneratedRegex(@"(?:龙头企业|龙头|巨头|企业|公司|投行|银行|集团|厂商)(?<n>[\u4e00-\u9fff]{2,5}?)(?=披露|表示|宣布|发布|的报告|报告)")]
    private static partial Regex Apposition();

    private static void LegalNames(ArticleContext context)
    {
        var text = context.Text;
        var placeStarts = context.Candidates
            .Where(h => h.Entity is { Kind: EntityKind.Place } && !h.Contextual)
            .GroupBy(h => h.Start)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(h => h.Length).First());
        var placeEnds = context.Candidates
            .Where(h => h.Entity is { Kind: EntityKind.Place } && !h.Contextual)
            .GroupBy(h => h.End)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(h => h.Length).First());
        var branches = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
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
            var branch = suffix == BranchForm;
            var place = branch ? placeEnds.GetValueOrDefault(j) : placeStarts.GetValueOrDefault(start);
            if (place is not null && (place.End > j || place.Start < start))
            {
                place = null;
            }

            // 届时荆门分公司: a branch named again by its place is the branch named before.
            if (branch && place is not null && branches.TryGetValue(text[place.Start..end], out var known))
            {
                context.Candidates.Add(new Hit(known, place.Start, end, Hit.PatternPriority));
                j = end - 1;
                continue;
            }

            var shortName = branch ? string.Empty : text[(place?.End ?? start)..j];
            IReadOnlyList<string>? aliases = shortName.Length >= MinCoreLength && shortName != name ? [shortName] : null;
            var company = EntityRef.Named(EntityKind.Company, name, null, aliases);
            if (branch && place is not null)
            {
                branches.TryAdd(text[place.Start..end], company);
            }

            context.Candidates.Add(place is null
                ? new Hit(company, start, end, Hit.PatternPriority)
                : new Hit(company, start, end, Hit.PatternPriority, [place],
                    [new RelationDraft(RelationType.LocatedIn, company, place.Entity!, start, end)]));
            j = end - 1;
        }
    }
}
