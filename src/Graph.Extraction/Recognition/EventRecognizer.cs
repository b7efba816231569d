using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

/// <summary>Named events by suffix: 第三届数字丝路博览会, 海洋经济高质量发展大会, “…”主题系列新闻发布会, 全国传感器产业链大赛.</summary>
internal static partial class EventRecognizer
{
    private const int MaxNameLength = 32;
    private const int MinCoreLength = 2;

    private static readonly TermTrie<string> Suffixes = SuffixTrie.Of(
        "新闻发布会", "发布会", "峰会", "大会", "大赛", "论坛", "博览会", "展览会", "交易会", "洽谈会", "研讨会", "年会", "推介会", "对接会", "招商会",
        "仪式", "吹风会", "通气会", "分析会议", "工作会议", "推进会", "座谈会", "说明会", "见面会", "选品会", "视频会",
        "投洽会", "恳谈会", "首脑会议", "负责人会议", "联席会议");

    public static void Recognize(ArticleContext context)
    {
        var text = context.Text;
        for (var j = context.Start + 1; j < context.End; j++)
        {
            context.Checkpoint(j);
            var (length, _) = Suffixes.MatchLongest(text, j, context.End);
            if (length == 0)
            {
                continue;
            }

            if (IsPartOfAnother(text, j, context.Start))
            {
                j += length - 1;
                continue;
            }

            var start = WithEdition(text, j, WithEditionYear(text, NameBoundary.ScanLeft(text, j, context.Start, MaxNameLength, MinCoreLength), context.Start), context.Start);
            if (NameBoundary.CoreLength(text, start, j) >= MinCoreLength && !IsGeneric(text.AsSpan(start, j - start)))
            {
                var name = text[start..(j + length)];
                context.Candidates.Add(new Hit(EntityRef.Named(EntityKind.Event, name), start, j + length, Hit.PatternPriority));
            }

            j += length - 1;
        }
    }

    /// <summary>
    /// 一个论坛, 一系列精品论坛, 系列会议论坛, 就如何办好会议论坛: a count, a series or a topic marker before the suffix, or nothing
    /// but generic words, describes events without naming one.
    /// </summary>
    private static bool IsGeneric(ReadOnlySpan<char> head)
    {
        if (GenericOpening().IsMatch(head))
        {
            return true;
        }

        var at = 0;
        while (at < head.Length)
        {
            var length = 0;
            foreach (var word in GenericWords)
            {
                if (head[at..].StartsWith(word, StringComparison.Ordinal))
                {
                    length = word.Length;
                    break;
                }
            }

            if (length == 0)
            {
                return false;
            }

            at += length;
        }

        return true;
    }

    private static readonly string[] GenericWords = ["会议", "精品", "专题", "系列", "相关", "重要", "配套", "平行", "各类", "高端", "高层次"];

    // 就 opens a topic (就如何办好…) but also words (就业, 就医); 三次 counts events but 三次产业 is the economy's three sectors.
    [GeneratedRegex("^(?:[一两二三四五六七八九十几多数各每这那][个场次类项批](?!产业)|一?系列|就(?![业医学读诊近地])|如何|围绕)")]
    private static partial Regex GenericOpening();

    /// <summary>
    /// 某某论坛设主论坛和5场分论坛: a main or sub-session (主论坛, 分论坛, 分会场) after a verb, a conjunction or a count is a
    /// part of the event just named, no event of its own.
    /// </summary>
    private static bool IsPartOfAnother(string text, int suffixStart, int min) =>
        suffixStart - 2 >= min && text[suffixStart - 1] is '主' or '分' && PartIntroducers.Contains(text[suffixStart - 2]);

    private const string PartIntroducers = "设和及与、场个";

    /// <summary>
    /// 第七届江淮合作与发展论坛: a conjunction (与, 和, 及) ends the scan for a name, but when the stretch before it opens with an
    /// edition (第七届), the conjunction is inside the name: an edition begins a name and never ends one.
    /// </summary>
    private static int WithEdition(string text, int suffix, int start, int min)
    {
        if (start - 1 <= min || !Conjunctions.Contains(text[start - 1], StringComparison.Ordinal))
        {
            return start;
        }

        var before = NameBoundary.ScanLeft(text, start - 1, min, MaxNameLength - (suffix - start) - 1, MinCoreLength);
        if (before >= start - 1 || !EditionStart().IsMatch(text.AsSpan(before, start - 1 - before)))
        {
            return start;
        }

        // 第五届某博览会与第六届某博览会: two events joined, not one name.
        for (var k = before; k < start - 1; k++)
        {
            if (Suffixes.MatchLongest(text, k, start - 1).Length > 0)
            {
                return start;
            }
        }

        return before;
    }

    private const string Conjunctions = "与和及";

    [GeneratedRegex("^第(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,4})[届次]")]
    private static partial Regex EditionStart();

    /// <summary>
    /// 举行2023年一季度产业项目集中签约仪式: a year written right before an event's name is part of it (the edition), though a
    /// date ends any other name.
    /// </summary>
    private static int WithEditionYear(string text, int start, int min)
    {
        const int YearLength = 5;
        if (start - YearLength < min || text[start - 1] != '年' || text[start - YearLength] is not ('1' or '2')
            || (start - YearLength > min && char.IsAsciiDigit(text[start - YearLength - 1])))
        {
            return start;
        }

        return text.AsSpan(start - YearLength, 4).IndexOfAnyExcept(Digits) < 0 ? start - YearLength : start;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");
}
