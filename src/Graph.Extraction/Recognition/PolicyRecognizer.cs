using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Policies and programmes: book titles that read as policy documents (《关于…的实施意见》; media titles such as 《t3n》 become
/// media organizations instead) and names ending in 行动/工程/方案/协定/计划, quoted (“南数北用”工程) or plain
/// (软件产业骨干企业培育工程), with a version tail (中冰自贸协定 4.0 升级版).
/// </summary>
internal static partial class PolicyRecognizer
{
    private const int MaxBookTitle = 60;
    private const int MaxNameLength = 30;
    private const int MinPlainCore = 4;
    private const int MinQuotedCore = 2;

    private static readonly TermTrie<string> Suffixes = SuffixTrie.Of(
        "行动", "工程", "方案", "协定", "计划", "政策", "战略", "倡议", "规划", "行动计划", "行动方案", "实施方案", "三年行动");

    private static readonly string[] PolicyWords =
        ["意见", "方案", "规划", "办法", "条例", "通知", "计划", "纲要", "决定", "措施", "规定", "法", "指引", "细则", "行动", "工程", "战略", "清单", "政策", "协定", "倡议"];

    private static readonly string[] MediaEndings = ["日报", "时报", "晚报", "报", "杂志", "周刊", "网", "电视台"];

    // 工程师, 工程化, 计划投资: the suffix word is the start of something else.
    private const string SuffixBreakers = "师化投";

    public static void Recognize(ArticleContext context)
    {
        BookTitles(context);
        Named(context);
        Initiatives(context);
    }

    /// <summary>
    /// An initiative named by what is built with it (共建“某某”, “某某”共建国家, “某某”沿线国家): the quoted phrase; and the
    /// government work report, a document every government issues under that name.
    /// </summary>
    private static void Initiatives(ArticleContext context)
    {
        for (var match = Initiative().Match(context.Text, context.Start, context.End - context.Start); match.Success; match = match.NextMatch())
        {
            var name = match.Groups["n"];
            context.Candidates.Add(new Hit(EntityRef.Named(EntityKind.Policy, name.Value), name.Index, name.Index + name.Length, Hit.PatternPriority));
        }
    }

    [GeneratedRegex(@"共建“(?<n>[\u4e00-\u9fff]{2,8})”|“(?<n>[\u4e00-\u9fff]{2,8})”(?=共建|沿线)|(?<n>政府工作报告)")]
    private static partial Regex Initiative();

    private static void BookTitles(ArticleContext context)
    {
        var text = context.Text;
        for (var open = context.FindAny("《", context.Start); open >= 0; open = context.FindAny("《", open + 1))
        {
            var close = text.IndexOf('》', open + 1, Math.Min(MaxBookTitle, context.End - open - 1));
            if (close < 0)
            {
                continue;
            }

            var content = text[(open + 1)..close];
            if (content.Length == 0 || context.Gazetteer.Find(content) is not null)
            {
                continue;
            }

            if (content.All(char.IsAscii) || MediaEndings.Any(e => content.EndsWith(e, StringComparison.Ordinal)))
            {
                context.Candidates.Add(new Hit(EntityRef.Named(EntityKind.Organization, content, "media"), open + 1, close, Hit.PatternPriority));
            }
            else if (PolicyWords.Any(w => content.Contains(w, StringComparison.Ordinal)))
            {
                context.Candidates.Add(new Hit(EntityRef.Named(EntityKind.Policy, content), open + 1, close, Hit.PatternPriority));
            }
        }
    }

    private static void Named(ArticleContext context)
    {
        var text = context.Text;
        for (var j = context.Start + 1; j < context.End; j++)
        {
            context.Checkpoint(j);
            var (length, suffix) = Suffixes.MatchLongest(text, j, context.End);
            if (length == 0)
            {
                continue;
            }

            var end = j + length;
            if (end < context.End && (SuffixBreakers.Contains(text[end], StringComparison.Ordinal)
                                      || (suffix == "计划" && VerbStarts.Contains(text[end], StringComparison.Ordinal))))
            {
                continue;
            }

            // “南数北用”工程: a suffix right after a quote names the quoted phrase, not what precedes it (某国政府“出口管制”政策).
            var start = text[j - 1] is '”' or '’' && text.LastIndexOf(text[j - 1] == '”' ? '“' : '‘', j - 1, Math.Min(MaxNameLength, j - context.Start)) is var open and >= 0
                ? open
                : NameBoundary.ScanLeft(text, j, context.Start, MaxNameLength, MinPlainCore);
            var quoted = NameBoundary.HasQuote(text, start, j);
            var core = NameBoundary.CoreLength(text, start, j);
            var plainOk = !quoted && core >= MinPlainCore && suffix != "政策" && !NotPolicy(text, start, j + length);
            if ((quoted && core >= MinQuotedCore) || plainOk)
            {
                var version = VersionTail().Match(text, end, Math.Min(12, context.End - end));
                end += version.Success ? version.Length : 0;
                var name = text[start..end].Replace('‘', '“').Replace('’', '”');
                context.Candidates.Add(new Hit(EntityRef.Named(EntityKind.Policy, name), start, end, Hit.PatternPriority));
            }

            j = end - 1;
        }
    }

    // 计划实施, 计划新建: 计划 followed by a verb is "plans to", not a plan's name.
    private const string VerbStarts = "实新建完开推用在于将投";

    /// <summary>A plain name that holds a time word (今年计划) or names a business offering (数字化解决方案) is no policy.</summary>
    private static bool NotPolicy(string text, int start, int end)
    {
        var name = text.AsSpan(start, end - start);
        return name.EndsWith("解决方案") || name.Contains("今年", StringComparison.Ordinal) || name.Contains("去年", StringComparison.Ordinal)
            || name.Contains("明年", StringComparison.Ordinal) || name.Contains("全年", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\G[0-9]{1,2}(?:\.[0-9]{1,2})?(?:升级版|版)")]
    private static partial Regex VersionTail();
}
