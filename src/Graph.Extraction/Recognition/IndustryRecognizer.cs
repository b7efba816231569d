using System.Text.RegularExpressions;
using Graph.Domain.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Sectors the gazetteer does not list, from the two shapes the genre names them in: enumerations closed by a sector word
/// ("新一代信息技术、高端装备、新能源等战略性新兴产业": the items after the first, whose start is certain) and compounds on a
/// sector suffix right after a place or a particle (沈阳装备制造业 → 装备制造业, 带动了物流外包 → 物流外包). Known names win
/// over these guesses wherever they overlap.
/// </summary>
internal static partial class IndustryRecognizer
{
    private const int MinItem = 3;
    private const int MaxItem = 8;
    private static readonly char[] Particles = ['了', '的', '、', '和'];

    public static void Recognize(ArticleContext context)
    {
        Enumerations(context);
        Compounds(context);
    }

    private static void Enumerations(ArticleContext context)
    {
        var text = context.Text;
        for (var match = Enumeration().Match(text, context.Start, context.End - context.Start); match.Success; match = match.NextMatch())
        {
            var items = match.Groups["item"].Captures;
            foreach (Capture item in items)
            {
                foreach (var (start, end) in Split(text, item.Index, item.Index + item.Length))
                {
                    if (end - start is >= MinItem and <= MaxItem && !Overlaps(context, start, end))
                    {
                        context.Candidates.Add(new Hit(EntityRef.Named(EntityKind.Industry, text[start..end]), start, end, Hit.PatternPriority));
                    }
                }
            }
        }
    }

    private static void Compounds(ArticleContext context)
    {
        var text = context.Text;
        for (var match = Compound().Match(text, context.Start, context.End - context.Start); match.Success; match = match.NextMatch())
        {
            var start = match.Groups["core"].Index;
            var end = match.Index + match.Length;
            var suffixStart = start + match.Groups["core"].Length;

            // The leftmost match may reach back over a place or a particle (带动沈阳装备…, 带动了物流…): the name starts after it.
            foreach (var place in context.Candidates.Where(h => h.Entity is { Kind: EntityKind.Place } && h.End > start && h.End < suffixStart))
            {
                start = Math.Max(start, place.End);
            }

            var particle = text.LastIndexOfAny(Particles, suffixStart - 1, suffixStart - start);
            start = particle >= start ? particle + 1 : start;
            var afterPlace = context.Candidates.Any(h => h.Entity is { Kind: EntityKind.Place } && h.End == start);
            var afterParticle = start > context.Start && Particles.Contains(text[start - 1]);
            if (suffixStart - start >= 2 && (afterPlace || afterParticle) && !Overlaps(context, start, end))
            {
                context.Candidates.Add(new Hit(EntityRef.Named(EntityKind.Industry, text[start..end]), start, end, Hit.PatternPriority));
            }
        }
    }

    /// <summary>数字产业化和产业数字化: an item may hold two joined by 和/及.</summary>
    private static IEnumerable<(int Start, int End)> Split(string text, int start, int end)
    {
        var joint = text.IndexOfAny(['和', '及'], start, end - start);
        return joint < 0 ? [(start, end)] : [(start, joint), (joint + 1, end)];
    }

    private static bool Overlaps(ArticleContext context, int start, int end) =>
        context.Candidates.Any(h => h.Start < end && h.End > start);

    // Items after a 、 up to 等 + (up to 8 characters) + a sector word: the first item's start is unknowable, so it is left to the gazetteer.
    [GeneratedRegex(@"、(?:(?<item>[\u4e00-\u9fff]{2,12}?)、)*(?<item>[\u4e00-\u9fff]{2,12}?)等[\u4e00-\u9fff]{0,8}?(?:产业集群|产业|行业|领域)")]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"(?<core>[\u4e00-\u9fff]{2,4}?)(?:制造业|服务业|外包)(?=业务|产业|行业|向|的|发展|加快|增长|[，。；、])")]
    private static partial Regex Compound();
}
