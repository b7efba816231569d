using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Projects named with their investment: 总投资N亿元的某某综合体 (the name after the amount, to the end of the clause) and
/// 某某生产基地总投资N亿元 (a name ending in 基地/项目/产业园 right before 总投资). A company opening the name carries it out; a
/// place inside the name of a site (…基地, …产业园) is where it is.
/// </summary>
internal static partial class ProjectRecognizer
{
    private const int MinName = 4;
    private const int MaxName = 20;
    private static readonly string[] ProjectSuffixes = ["项目", "基地", "产业园", "园区", "综合体"];
    private static readonly string[] SiteSuffixes = ["基地", "产业园", "园区", "综合体", "工厂"];

    public static void Recognize(ArticleContext context)
    {
        var names = NameStarts(context);
        AfterInvestment(context, names);
        BeforeInvestment(context, names);
        ClauseOpening(context, names);
    }

    /// <summary>
    /// ，某某材料产业园项目依托…: a long name ending in 项目 that opens its clause and is followed by what the project does
    /// (依托, 位于, 建成后 …) is a project. Counted or generic phrases (签约项目19个, 该项目将) are too short or hold digits.
    /// </summary>
    private static void ClauseOpening(ArticleContext context, Lazy<Dictionary<int, List<Hit>>> names)
    {
        var text = context.Text;
        for (var at = context.Find("项目", context.Start); at >= 0; at = context.Find("项目", at + 2))
        {
            var end = at + 2;
            if (!OpeningVerbs.Any(v => text.AsSpan(end).StartsWith(v)))
            {
                continue;
            }

            var start = NameBoundary.ScanLeft(text, at, context.Start, MaxName, MinName);
            var opensClause = start == context.Start || CharClass.IsPunctuation(text[start - 1]);
            if (opensClause && at - start >= MinOpeningCore && CharClass.IsHan(text[start]) && !text.AsSpan(start, at - start).ContainsAnyInRange('0', '9'))
            {
                Add(context, names, start, end);
            }
        }
    }

    private const int MinOpeningCore = 6;
    private static readonly string[] OpeningVerbs = ["依托", "位于", "建成后", "投产后", "占地", "计划总投资", "由", "主要建设", "拟建设", "将建设"];

    private static void AfterInvestment(ArticleContext context, Lazy<Dictionary<int, List<Hit>>> names)
    {
        var text = context.Text;
        for (var at = context.Find("总投资", context.Start); at >= 0; at = context.Find("总投资", at + 3))
        {
            var match = InvestedAmount().Match(text, at, Math.Min(MaxAmount, context.End - at));
            if (!match.Success)
            {
                continue;
            }

            var start = at + match.Length;
            var (_, clauseEnd) = TextSegments.Clause(text, start, context.Start, context.End);
            var end = start;
            while (end < clauseEnd && CharClass.IsHan(text[end]) && !NameStops.Contains(text[end], StringComparison.Ordinal))
            {
                end++;
            }

            // The name is the whole rest of the clause: the clause ends right after it (at its mark, or at the article's end).
            if (end - start is >= MinName and <= MaxName && (end == clauseEnd || (end == clauseEnd - 1 && CharClass.IsPunctuation(text[end]))))
            {
                Add(context, names, start, end);
            }
        }
    }

    private static void BeforeInvestment(ArticleContext context, Lazy<Dictionary<int, List<Hit>>> names)
    {
        var text = context.Text;
        for (var at = context.Find("总投资", context.Start); at >= 0; at = context.Find("总投资", at + 3))
        {
            if (!ProjectSuffixes.Any(s => at - s.Length > context.Start && text.AsSpan(at - s.Length, s.Length).SequenceEqual(s)))
            {
                continue;
            }

            var start = NameBoundary.ScanLeft(text, at, context.Start, MaxName, MinName);
            if (at - start >= MinName + 2 && CharClass.IsHan(text[start]) && !text.AsSpan(start, at - start).ContainsAnyInRange('0', '9'))
            {
                Add(context, names, start, at);
            }
        }
    }

    private static void Add(ArticleContext context, Lazy<Dictionary<int, List<Hit>>> names, int start, int end)
    {
        var project = EntityRef.Named(EntityKind.Project, context.Text[start..end]);

        // Only the names that start inside this one are read (a project name is short), never every name of the article.
        var inner = new List<Hit>();
        for (var p = start; p < end; p++)
        {
            if (names.Value.TryGetValue(p, out var startingHere))
            {
                inner.AddRange(startingHere.Where(h => h.End <= end));
            }
        }

        var links = new List<RelationDraft>();
        var kept = new List<Hit>();
        if (inner.Where(h => h.Start == start && h.Entity!.Kind == EntityKind.Company).MaxBy(h => h.Length) is { } owner)
        {
            kept.Add(owner);
            links.Add(new RelationDraft(RelationType.Implements, owner.Entity!, project, start, end));
        }

        // 某市某某生产基地 is in that city; 某市投资合作项目 may only name a partner, so a place locates only a site.
        if (SiteSuffixes.Any(s => project.Name.EndsWith(s, StringComparison.Ordinal))
            && inner.Where(h => h.Entity!.Kind == EntityKind.Place && (kept.Count == 0 || h.Start >= kept[0].End)).MaxBy(h => h.Start) is { } place)
        {
            kept.Add(place);
            links.Add(new RelationDraft(RelationType.LocatedIn, project, place.Entity!, start, end));
        }

        context.Candidates.Add(new Hit(project, start, end, Hit.PatternPriority, kept, links));
    }

    // Company and place candidates by start, built once per article and only when a project is found.
    private static Lazy<Dictionary<int, List<Hit>>> NameStarts(ArticleContext context) => new(() => context.Candidates
        .Where(h => h.Entity is { Kind: EntityKind.Company or EntityKind.Place } && !h.Contextual)
        .GroupBy(h => h.Start)
        .ToDictionary(g => g.Key, g => g.ToList()));

    private const int MaxAmount = 16;

    // Characters that end a name read rightwards after the amount (…综合体将配套…, …项目由某公司建设).
    private const string NameStops = "将由是在已于把被为并及和与的";

    [GeneratedRegex(@"\G总投资额?(?:约|达|超)?[0-9]+(?:\.[0-9]+)?(?:亿|万)?元的")]
    private static partial Regex InvestedAmount();
}
