using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Sectors the gazetteer does not list, from the two shapes the genre names them in: enumerations closed by a sector word
/// ("新一代信息技术、高端装备、新能源等战略性新兴产业": the items after the first, whose start is certain) and compounds on a
/// sector suffix right after a place or a particle (沈阳装备制造业 → 装备制造业, 带动了物流外包 → 物流外包). Known names win
/// over these guesses wherever they overlap. A list opened by a focus verb (聚焦钢铁、有色、石化等重点行业) is certain from its
/// first item, and its items may be two characters long.
/// </summary>
internal static partial class IndustryRecognizer
{
    private const int MinItem = 3;
    private const int MaxItem = 8;
    private const int MinListItem = 2;
    private const int MaxListItem = 12;
    private const int MaxBeforeSector = 8;
    private static readonly char[] Particles = ['了', '的', '、', '和'];
    private static readonly string[] SectorWords = ["产业集群", "产业", "行业", "领域"];

    /// <summary>Verbs that open a list of the sectors a policy or plan aims at: the first item starts right after them.</summary>
    internal static readonly string[] FocusVerbs = ["聚焦", "围绕", "面向", "针对", "瞄准", "覆盖", "涉及", "包括", "重点支持"];

    public static void Recognize(ArticleContext context)
    {
        var taken = new Coverage(context);
        Enumerations(context, taken);
        Compounds(context, taken);
    }

    /// <summary>
    /// Each 等 followed (within a few characters) by a sector word closes a list: walking left over items of 2 to 12 Han
    /// characters separated by 、, every item but the first is a sector. Each character is walked over at most once.
    /// </summary>
    private static void Enumerations(ArticleContext context, Coverage taken)
    {
        var text = context.Text;
        var walkedTo = context.Start;
        for (var at = context.Find("等", context.Start); at >= 0; at = context.Find("等", at + 1))
        {
            if (at <= walkedTo || !SectorFollows(text, at + 1, context.End))
            {
                continue;
            }

            var items = new List<(int Start, int End)>();
            var end = at;
            while (true)
            {
                var start = end;
                while (start > walkedTo && end - start <= MaxListItem && CharClass.IsHan(text[start - 1]))
                {
                    start--;
                }

                if (start <= walkedTo || text[start - 1] != '、' || end - start is < MinListItem or > MaxListItem)
                {
                    break;
                }

                items.Add((start, end));
                end = start - 1;
            }

            var opener = items.Count > 0 ? FocusVerbBefore(text, Math.Max(walkedTo, end - MaxListItem - 4), end) : -1;
            if (opener >= 0 && end - opener >= MinListItem)
            {
                items.Add((opener, end));
            }

            walkedTo = at;
            var minItem = opener >= 0 ? MinListItem : MinItem;
            foreach (var (itemStart, itemEnd) in items)
            {
                foreach (var (start, stop) in Split(text, itemStart, itemEnd))
                {
                    if (stop - start >= minItem && stop - start <= MaxItem && !taken.Overlaps(start, stop))
                    {
                        Add(context, taken, start, stop);
                    }
                }
            }
        }
    }

    /// <summary>Where the list's first item starts when a focus verb right before it opens the list (else −1).</summary>
    private static int FocusVerbBefore(string text, int from, int end)
    {
        var best = -1;
        foreach (var verb in FocusVerbs)
        {
            var at = text.LastIndexOf(verb, end - 1, end - from, StringComparison.Ordinal);
            if (at >= 0 && at + verb.Length > best && at + verb.Length < end && AllHan(text, at + verb.Length, end))
            {
                best = at + verb.Length;
            }
        }

        return best;
    }

    private static bool AllHan(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!CharClass.IsHan(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SectorFollows(string text, int from, int end)
    {
        for (var i = from; i <= from + MaxBeforeSector && i < end; i++)
        {
            foreach (var word in SectorWords)
            {
                if (string.CompareOrdinal(text, i, word, 0, word.Length) == 0 && i + word.Length <= end)
                {
                    return true;
                }
            }

            if (!CharClass.IsHan(text[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static void Compounds(ArticleContext context, Coverage taken)
    {
        var text = context.Text;
        for (var match = NextCompound(text, context.Start, context.End); match is not null; match = NextCompound(text, match.Index + match.Length, context.End))
        {
            var start = match.Groups["core"].Index;
            var end = match.Index + match.Length;
            var suffixStart = start + match.Groups["core"].Length;

            // The leftmost match may reach back over a place or a particle (带动沈阳装备…, 带动了物流…): the name starts after it.
            for (var placeEnd = start + 1; placeEnd < suffixStart; placeEnd++)
            {
                start = taken.PlaceEndsAt(placeEnd) ? placeEnd : start;
            }

            var particle = text.LastIndexOfAny(Particles, suffixStart - 1, suffixStart - start);
            start = particle >= start ? particle + 1 : start;
            var afterParticle = start > context.Start && Particles.Contains(text[start - 1]);
            if (suffixStart - start >= 2 && (taken.PlaceEndsAt(start) || afterParticle) && !taken.Overlaps(start, end))
            {
                Add(context, taken, start, end);
            }
        }
    }

    /// <summary>
    /// The leftmost <see cref="Compound"/> match in [from, end), as the pattern run over the whole range would give it, but
    /// run only around the characters that start a suffix: run over every Han character of an article it cost more than the
    /// rest of the recognizer. A match starts 2 to 4 characters before its suffix and reads at most 9 characters.
    /// </summary>
    private static Match? NextCompound(string text, int from, int end)
    {
        while (from + 2 < end)
        {
            var cue = text.AsSpan(from + 2, end - from - 2).IndexOfAny(CompoundCues);
            if (cue < 0)
            {
                return null;
            }

            cue += from + 2;
            var windowStart = Math.Max(from, cue - 4);
            var match = Compound().Match(text, windowStart, Math.Min(end, cue + 8) - windowStart);
            if (match.Success && match.Index <= cue - 2)
            {
                return match;
            }

            from = cue - 1;
        }

        return null;
    }

    private const string CompoundCues = "制服外";

    private static void Add(ArticleContext context, Coverage taken, int start, int end)
    {
        context.Candidates.Add(new Hit(EntityRef.Named(EntityKind.Industry, context.Text[start..end]), start, end, Hit.PatternPriority));
        taken.Mark(start, end);
    }

    /// <summary>数字产业化和产业数字化: an item may hold two joined by 和/及.</summary>
    private static IEnumerable<(int Start, int End)> Split(string text, int start, int end)
    {
        var joint = text.IndexOfAny(['和', '及'], start, end - start);
        return joint < 0 ? [(start, end)] : [(start, joint), (joint + 1, end)];
    }

    [GeneratedRegex(@"(?<core>[\u4e00-\u9fff]{2,4}?)(?:制造业|服务业|外包)(?=业务|产业|行业|向|的|发展|加快|增长|[，。；、])")]
    private static partial Regex Compound();

    /// <summary>Which characters of the article some candidate already names, and where places end: O(1) per character asked.</summary>
    private sealed class Coverage
    {
        private readonly int _offset;
        private readonly bool[] _covered;
        private readonly HashSet<int> _placeEnds = [];

        public Coverage(ArticleContext context)
        {
            _offset = context.Start;
            _covered = new bool[context.End - context.Start];
            foreach (var hit in context.Candidates)
            {
                Mark(hit.Start, hit.End);
                if (hit.Entity is { Kind: EntityKind.Place })
                {
                    _placeEnds.Add(hit.End);
                }
            }
        }

        public bool PlaceEndsAt(int end) => _placeEnds.Contains(end);

        public bool Overlaps(int start, int end) => Array.IndexOf(_covered, true, start - _offset, end - start) >= 0;

        public void Mark(int start, int end)
        {
            var (from, to) = (Math.Max(start, _offset) - _offset, Math.Min(end - _offset, _covered.Length));
            if (to > from)
            {
                Array.Fill(_covered, true, from, to - from);
            }
        }
    }
}
