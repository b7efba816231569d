using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Companies by legal-form suffix (…有限公司, …集团). A name that starts with a place gives LOCATED_IN that place, and its
/// short form (远帆电子 for 朝阳市远帆电子有限公司) is learnt so later bare mentions are found.
/// </summary>
internal static partial class CompanyRecognizer
{
    private const int MaxNameLength = 24;
    private const int MinCoreLength = 2;

    private static readonly TermTrie<string> LegalForms =
        SuffixTrie.Of("股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司", "集团", BranchForm);

    // 某某汽车襄阳分公司: a branch, located in the place right before the suffix; its stem is no short name of it.
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

    /// <summary>
    /// A legal name opens with its place and trade name (行政区划 + 字号 + 行业 + 组织形式), so a word the leftward scan stops
    /// at (联合, 和) is inside the name when a place and a trade name of its own stand right before it: 某省某某联合传动系统有限公司,
    /// 某省某某和成制药有限公司. Not when what stands before is a body or company itself (某某集团联合某某有限公司: two names), when the
    /// conjunction follows the place at once (某省与某某有限公司), or when the right part opens with a place of its own.
    /// </summary>
    private static int InnerWordStart(ArticleContext context, Dictionary<int, Hit> placeStarts, int start, int suffixAt)
    {
        var text = context.Text;
        if (start <= context.Start + MinCoreLength || placeStarts.ContainsKey(start))
        {
            return start;
        }

        var stopLength = Words.EndsWithStopWord(text, start, out var length) ? length
            : Conjunctions.Contains(text[start - 1], StringComparison.Ordinal) ? 1 : 0;
        if (stopLength == 0)
        {
            return start;
        }

        var leftEnd = start - stopLength;
        var minTradeName = stopLength == 1 ? MinCoreLength : 0;
        for (var p = leftEnd - 1; p >= context.Start && suffixAt - p <= MaxNameLength; p--)
        {
            var c = text[p];
            if (CharClass.IsPunctuation(c) || Words.LeftStopChars.Contains(c, StringComparison.Ordinal) || !IsHan(c))
            {
                return start;
            }

            if (placeStarts.TryGetValue(p, out var place) && place.End <= leftEnd - minTradeName)
            {
                var left = text[place.End..leftEnd];
                return OwnerSuffixes.Any(s => left.EndsWith(s, StringComparison.Ordinal)) || Words.EndsWithStopWord(text, leftEnd, out _) ? start : p;
            }
        }

        return start;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private const string Conjunctions = "和与及";

    // Words that end the name of a body or company: before 联合 or 和 they make two names, not one.
    private static readonly string[] OwnerSuffixes = ["集团", "公司", "大学", "学院", "研究院", "研究所", "中心", "协会", "商会", "委员会", "局", "委", "厅", "部", "院", "所", "会", "行", "社"];

    /// <summary>The group form of a company name (某某港务集团), shared with <see cref="GroupNameRecognizer"/>.</summary>
    public const string GroupForm = "集团";

    // 组建某某集团, 全部上马集团: a bare 集团 after a verb of forming or doing is named after the verb, if at all.
    private static readonly string[] GroupVerbs = ["组建", "成立", "重组", "整合", "新设", "设立", "打造", "培育", "提升", "上马", "带动", "支持", "推动", "依托"];

    private static int AfterVerb(string text, int start, int suffixAt)
    {
        var after = start;
        foreach (var verb in GroupVerbs)
        {
            var at = text.LastIndexOf(verb, suffixAt - 1, suffixAt - start, StringComparison.Ordinal);
            if (at >= 0)
            {
                after = Math.Max(after, at + verb.Length);
            }
        }

        return after;
    }

    /// <summary>大型企业集团, 支柱型企业集团: a kind of enterprise group, no name (unless a place opens it).</summary>
    private static bool IsGenericGroup(string text, int start, int suffixAt) =>
        text.AsSpan(start, suffixAt - start).EndsWith("企业", StringComparison.Ordinal) && suffixAt - start <= MaxGenericGroupStem;

    private const int MaxGenericGroupStem = 6;

    private static void LegalNames(ArticleContext context)
    {
        var text = context.Text;
        var placeStarts = context.Candidates
            .Where(h => h.Entity is { Kind: EntityKind.Place } && !h.Contextual)
            .GroupBy(h => h.Start)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(h => h.Length).First());
        var placeEnds = context.PlacesByEnd();
        var branches = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
        var stems = new List<(int Candidate, string Stem)>();
        for (var j = context.Start + MinCoreLength; j < context.End; j++)
        {
            context.Checkpoint(j);
            var (length, suffix) = LegalForms.MatchLongest(text, j, context.End);
            if (length == 0)
            {
                continue;
            }

            var start = NameBoundary.ScanLeft(text, j, context.Start, MaxNameLength, MinCoreLength);
            start = InnerWordStart(context, placeStarts, start, j);
            if (suffix == GroupForm)
            {
                start = AfterVerb(text, start, j);
            }

            if (j - start < MinCoreLength || (suffix == GroupForm && IsGenericGroup(text, start, j) && !placeStarts.ContainsKey(start)))
            {
                j += length - 1;
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

            // 届时襄阳分公司: a branch named again by its place is the branch named before.
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
                if (place.Start - start >= MinCoreLength)
                {
                    stems.Add((context.Candidates.Count, text[start..place.Start]));
                }
            }

            context.Candidates.Add(place is null
                ? new Hit(company, start, end, Hit.PatternPriority)
                : new Hit(company, start, end, Hit.PatternPriority, [place],
                    [new RelationDraft(RelationType.LocatedIn, company, place.Entity!, start, end)]));
            j = end - 1;
        }

        Parents(context, stems);
    }

    /// <summary>
    /// 某某汽车襄阳分公司 and 某某汽车股份有限公司 in one article: a branch whose stem (what precedes its place) is the short
    /// name of exactly one company named in full is part of that company.
    /// </summary>
    private static void Parents(ArticleContext context, List<(int Candidate, string Stem)> stems)
    {
        if (stems.Count == 0)
        {
            return;
        }

        var byShortName = context.Candidates
            .Where(h => h.Entity is { Kind: EntityKind.Company, Aliases: { Count: > 0 } } company && !company.Name.EndsWith(BranchForm, StringComparison.Ordinal))
            .SelectMany(h => h.Entity!.Aliases!.Select(a => (Alias: a, h.Entity!)))
            .GroupBy(p => p.Alias, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Item2).Distinct().ToList(), StringComparer.Ordinal);
        foreach (var (index, stem) in stems)
        {
            if (byShortName.TryGetValue(stem, out var parents) && parents.Count == 1)
            {
                var hit = context.Candidates[index];
                context.Candidates[index] = hit with
                {
                    Links = [.. hit.Links ?? [], new RelationDraft(RelationType.PartOf, hit.Entity!, parents[0], hit.Start, hit.End)],
                };
            }
        }
    }
}
