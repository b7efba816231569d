using Graph.Domain.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Linking;

/// <summary>
/// Who issues or carries out a policy, and what it aims at. An organization right before the policy (某国政府“出口管制”政策)
/// issued it; the sentence's first organization (or the employer of its first person) before 出台/发布/印发 issued it, before
/// 实施/落实/开展/推进 carries it out. An industry inside the policy's name (软件产业骨干企业培育工程) is its target, and so
/// is each sector of a list that a focus verb opens later in the sentence whose subject the policy is
/// (《某方案》…，并聚焦钢铁、有色、石化等重点行业).
/// </summary>
internal static class PolicyLinker
{
    private const int MaxVerbDistance = 20;
    private const int MaxIssuerGap = 3;
    private static readonly string[] IssueVerbs = ["出台", "发布", "印发", "制定", "颁布", "提出"];
    private static readonly string[] HostVerbs = ["召开", "举行", "举办", "主办"];
    private static readonly string[] ImplementVerbs = ["贯彻落实", "落实", "实施", "开展", "推进", "执行"];

    public static void Link(ArticleContext context)
    {
        foreach (var policy in context.Hits.Where(h => h.Entity is { Kind: EntityKind.Policy }))
        {
            Targets(context, policy);
            ListedTargets(context, policy);
            Actor(context, policy);
        }
    }

    private static void Targets(ArticleContext context, Hit policy)
    {
        var name = context.Text[policy.Start..policy.End];
        for (var i = 0; i < name.Length; i++)
        {
            var (length, term) = context.Gazetteer.Terms.MatchLongest(name, i, name.Length);
            if (length > 0 && term!.Entries is [{ Kind: EntityKind.Industry } industry]
                && GazetteerRecognizer.LatinBoundaryHolds(name, i, i + length, 0, name.Length))
            {
                context.Relate(RelationType.Targets, policy.Entity!, GazetteerRecognizer.ToRef(industry), policy.Start, policy.End);
                i += length - 1;
            }
        }
    }

    private static void ListedTargets(ArticleContext context, Hit policy)
    {
        var text = context.Text;
        var (sentenceStart, sentenceEnd) = TextSegments.Sentence(text, policy.Start, context.Start, context.End);

        // Clauses chained by commas share the sentence's subject: the list belongs to the sentence's first policy
        // (《某方案》印发…，提出…，并聚焦…), not to one named inside an earlier clause's object.
        if (context.Index.In(sentenceStart, policy.Start, EntityKind.Policy).Any(h => h != policy))
        {
            return;
        }

        foreach (var verb in IndustryRecognizer.FocusVerbs)
        {
            for (var at = text.IndexOf(verb, policy.End, sentenceEnd - policy.End, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(verb, at + 1, sentenceEnd - at - 1, StringComparison.Ordinal))
            {
                var next = at + verb.Length;
                while (next < sentenceEnd && context.Index.StartingAt(next, EntityKind.Industry) is { } sector && sector.End <= sentenceEnd)
                {
                    context.Relate(RelationType.Targets, policy.Entity!, sector.Entity!, policy.Start, sector.End);
                    next = sector.End < sentenceEnd && text[sector.End] is '、' or '和' or '及' ? sector.End + 1 : sentenceEnd;
                }
            }
        }
    }

    private static void Actor(ArticleContext context, Hit policy)
    {
        var text = context.Text;
        var adjacent = context.Index.LastBefore(policy.Start, int.MinValue, EntityKind.Organization);
        if (adjacent is not null && policy.Start - adjacent.End <= MaxIssuerGap
            && (adjacent.End == policy.Start || text[adjacent.End..policy.Start] is "的" or "发布的" or "出台的" or "印发的"))
        {
            context.Relate(RelationType.IssuedBy, policy.Entity!, adjacent.Entity!, adjacent.Start, policy.End);
            return;
        }

        var (sentenceStart, _) = TextSegments.Sentence(text, policy.Start, context.Start, context.End);
        // The sentence's subject comes first; a body that only hosts (在省政府新闻办召开的…) is not it.
        var lead = context.Index.In(sentenceStart, policy.Start, EntityKind.Organization, EntityKind.Person)
            .FirstOrDefault(h => !HostVerbs.Any(v => text.AsSpan(h.End).StartsWith(v)));
        if (lead is null)
        {
            return;
        }

        var actor = lead.Entity!.Kind == EntityKind.Person ? context.Document.Employers.GetValueOrDefault(lead.Entity) : lead.Entity;
        var window = text[Math.Max(lead.End, policy.Start - MaxVerbDistance)..policy.Start];
        if (actor is null)
        {
            return;
        }

        var partners = context.Index.In(sentenceStart, policy.Start, EntityKind.Organization)
            .SelectMany(h => Partners(context, h, policy.Start))
            .Distinct()
            .ToList();
        if (IssueVerbs.Any(v => window.Contains(v, StringComparison.Ordinal)))
        {
            foreach (var body in partners.Prepend(actor).Distinct())
            {
                context.Relate(RelationType.IssuedBy, policy.Entity!, body, sentenceStart, policy.End);
            }
        }
        else if (ImplementVerbs.Any(v => window.Contains(v, StringComparison.Ordinal)))
        {
            foreach (var body in partners.Prepend(actor).Distinct())
            {
                context.Relate(RelationType.Implements, body, policy.Entity!, sentenceStart, policy.End);
            }
        }
    }

    /// <summary>
    /// The bodies the lead acts with: "国家数据局会同国家发展改革委、工业和信息化部、国家能源局等有关部门，大力实施…" — each
    /// listed body carries out (or issues) the policy too.
    /// </summary>
    private static List<EntityRef> Partners(ArticleContext context, Hit lead, int limit)
    {
        var text = context.Text;
        var at = lead.End;
        at += text.AsSpan(at, limit - at).StartsWith("将") ? 1 : 0;
        var joiner = PartnerWords.FirstOrDefault(w => text.AsSpan(at, limit - at).StartsWith(w));
        var partners = new List<EntityRef>();
        if (joiner is null)
        {
            return partners;
        }

        at += joiner.Length;
        while (context.Index.StartingAt(at, EntityKind.Organization) is { End: var partnerEnd } partner && partnerEnd <= limit)
        {
            partners.Add(partner.Entity!);
            at = partner.End;
            if (at < limit && text[at] is '、' or '和' or '及')
            {
                at++;
            }
        }

        return partners;
    }

    private static readonly string[] PartnerWords = ["会同", "联合", "携手", "联同"];
}
