using Graph.Domain.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Products and projects the text names: quoted product names with a product word (“云瞳万象”城市 AI 大数据巡查系统,
/// “小青松”智慧助理), long robot names, quoted projects (“水下声光磁数据融合”项目) and listed projects (A、B、C 等在建项目).
/// </summary>
internal static class ProductRecognizer
{
    private const int MaxAfterQuote = 14;
    private const int MaxQuoted = 20;
    private const int MaxPlainName = 24;
    private const int MinPlainCore = 4;
    private const int MinListItem = 2;
    private const int MaxListItem = 12;

    private static readonly TermTrie<string> ProductWords =
        SuffixTrie.Of("系统", "助理", "平台", "机器人", "设备", "大模型", "软件", "芯片", "终端", "App", "APP", "小程序");

    private static readonly string[] ProjectLists = ["等在建项目", "等重大项目", "等重点项目", "等新建项目", "等续建项目", "等项目"];

    public static void Recognize(ArticleContext context)
    {
        Quoted(context);
        Robots(context);
        ProjectList(context);
    }

    private static void Quoted(ArticleContext context)
    {
        var text = context.Text;
        for (var close = context.FindAny("”", context.Start); close >= 0; close = context.FindAny("”", close + 1))
        {
            var open = text.LastIndexOf('“', close, Math.Min(MaxQuoted, close - context.Start));
            if (open < context.Start || close - open < 2)
            {
                continue;
            }

            if (text.AsSpan(close + 1).StartsWith("项目"))
            {
                Add(context, EntityKind.Project, open, close + 3);
                continue;
            }

            for (var j = close + 1; j < context.End && j - close <= MaxAfterQuote; j++)
            {
                var (length, _) = ProductWords.MatchLongest(text, j, context.End);
                if (length > 0)
                {
                    // 车载软件平台, 管理系统平台: product words run on; the name ends after the last of them.
                    var end = j + length;
                    while (ProductWords.MatchLongest(text, end, context.End) is (> 0 and var more, _))
                    {
                        end += more;
                    }

                    Add(context, EntityKind.Product, open, end);
                    break;
                }

                if (CharClass.IsPunctuation(text[j]) || Words.LeftStopChars.Contains(text[j], StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
    }

    private static void Robots(ArticleContext context)
    {
        var text = context.Text;
        for (var j = context.Find("机器人", context.Start); j >= 0; j = context.Find("机器人", j + 1))
        {
            var start = NameBoundary.ScanLeft(text, j, context.Start, MaxPlainName, MinPlainCore);
            if (NameBoundary.CoreLength(text, start, j) >= MinPlainCore && j + 3 <= context.End)
            {
                Add(context, EntityKind.Product, start, j + 3);
            }
        }
    }

    private static void ProjectList(ArticleContext context)
    {
        var text = context.Text;
        foreach (var marker in ProjectLists)
        {
            for (var at = context.Find(marker, context.Start); at >= 0; at = context.Find(marker, at + 1))
            {
                var (clauseStart, _) = TextSegments.Clause(text, at, context.Start, context.End);
                var itemStart = clauseStart;
                for (var i = clauseStart; i <= at; i++)
                {
                    if (i == at || text[i] == '、')
                    {
                        if (i - itemStart is >= MinListItem and <= MaxListItem && !text.AsSpan(itemStart, i - itemStart).ContainsAny("0123456789"))
                        {
                            Add(context, EntityKind.Project, itemStart, i);
                        }

                        itemStart = i + 1;
                    }
                }
            }
        }
    }

    private static void Add(ArticleContext context, EntityKind kind, int start, int end) =>
        context.Candidates.Add(new Hit(EntityRef.Named(kind, context.Text[start..end]), start, end, Hit.PatternPriority));
}
