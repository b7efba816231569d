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
        SuffixTrie.Of("系统", "助理", "平台", "机器人", "设备", "大模型", "软件", "芯片", "终端", "App", "APP", "小程序", "发动机", "计算机", "无人机", "火箭", "卫星", "服务器", "传感器");

    private static readonly string[] ProjectLists = ["等在建项目", "等重大项目", "等重点项目", "等新建项目", "等续建项目", "等项目"];

    public static void Recognize(ArticleContext context)
    {
        Quoted(context);
        Robots(context);
        ProjectList(context);
        Lineup(context);
    }

    /// <summary>
    /// 生产甲型、乙型、丙型共3款车型; 推出A、B等2款产品: the models listed before a count of models (共/等 N 款 + a product
    /// class) are products. The list starts after the last verb of making or offering in its clause; a count that does not
    /// fit the list (共 says exactly, 等 at least) means the list was not read right, and nothing is kept.
    /// </summary>
    private static void Lineup(ArticleContext context)
    {
        var text = context.Text;
        for (var at = context.Find("款", context.Start); at >= 0; at = context.Find("款", at + 1))
        {
            var countStart = at;
            while (countStart > context.Start && Numerals.Contains(text[countStart - 1], StringComparison.Ordinal))
            {
                countStart--;
            }

            if (countStart == at || countStart - 1 <= context.Start || text[countStart - 1] is not ('共' or '等')
                || !ProductClasses.Any(c => text.AsSpan(at + 1).StartsWith(c)) || SmallCount.Parse(text.AsSpan(countStart, at - countStart)) is not { } count)
            {
                continue;
            }

            var listEnd = countStart - 1;
            var (clauseStart, _) = TextSegments.Clause(text, listEnd, context.Start, context.End);
            var listStart = clauseStart;
            foreach (var verb in LineupVerbs)
            {
                var v = text.LastIndexOf(verb, listEnd - 1, listEnd - clauseStart, StringComparison.Ordinal);
                if (v >= 0 && v + verb.Length > listStart)
                {
                    listStart = v + verb.Length;
                }
            }

            var items = new List<(int Start, int End)>();
            var itemStart = listStart;
            for (var i = listStart; i <= listEnd; i++)
            {
                if (i == listEnd || text[i] == '、')
                {
                    items.Add((itemStart, i));
                    itemStart = i + 1;
                }
            }

            var fits = text[countStart - 1] == '共' ? items.Count == count : items.Count <= count;
            if (listStart == clauseStart || items.Count < 2 || !fits || items.Any(item => item.End - item.Start is < MinListItem or > MaxListItem))
            {
                continue;
            }

            foreach (var (start, end) in items)
            {
                Add(context, EntityKind.Product, start, end);
            }
        }
    }

    private const string Numerals = "0123456789一二两三四五六七八九十";
    private static readonly string[] ProductClasses = ["车型", "产品", "机型", "型号", "新品", "新车", "车", "手机", "机器人"];
    private static readonly string[] LineupVerbs = ["生产", "推出", "发布", "量产", "投产", "上市", "包括", "涵盖", "主打"];

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
                        if (i - itemStart is >= MinListItem and <= MaxListItem && !text.AsSpan(itemStart, i - itemStart).ContainsAnyInRange('0', '9'))
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
