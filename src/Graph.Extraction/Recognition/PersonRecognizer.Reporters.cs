using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

internal static partial class PersonRecognizer
{
    /// <summary>
    /// The byline: "新华社北京3月2日电（记者 林晓 周一帆）", "本报讯（江城日报全媒体记者 何远 通讯员 陈素）", a bare list of names
    /// right after a dateline's 电 or 讯 ("某某网5月6日讯（林晓 周一帆）"), and "首席记者林晓报道": each name a reporter of the outlet
    /// the byline names — before 记者 inside the parentheses, else the outlet that opens the dateline.
    /// </summary>
    private static void Reporters(ArticleContext context, List<Hit> found)
    {
        var text = context.Text;
        for (var match = Byline().Match(text, context.Start, context.End - context.Start); match.Success; match = match.NextMatch())
        {
            var open = match.Index;
            var body = match.Groups["body"];
            var roleAt = FirstRole(text, body.Index, body.Index + body.Length);
            var afterDateline = Dateline.EndsBefore(text, open, context.Start);
            if (roleAt < 0 && !afterDateline)
            {
                continue;
            }

            var namesStart = roleAt < 0 ? body.Index : roleAt;
            var outlet = (roleAt > body.Index ? context.Index.LastBefore(roleAt, open, EntityKind.Organization) : null)
                ?? OutletBefore(context, open);
            AddReporters(context, found, outlet, open, text[namesStart..(body.Index + body.Length)], namesStart);
        }

        for (var match = Reported().Match(text, context.Start, context.End - context.Start); match.Success; match = match.NextMatch())
        {
            var outlet = OutletBefore(context, match.Index);
            AddReporters(context, found, outlet, match.Index, match.Groups["name"].Value, match.Groups["name"].Index);
        }
    }

    /// <summary>The outlet named in the dateline just before a byline (新华社北京3月2日电（…）, 某某日报记者林晓报道).</summary>
    private static Hit? OutletBefore(ArticleContext context, int at) =>
        context.Index.LastBefore(at, Math.Max(context.Start, at - OutletReach), EntityKind.Organization);

    private const int OutletReach = 24;

    /// <summary>Each Chinese name among the tokens of <paramref name="names"/> (split by spaces, 、 and role words).</summary>
    private static void AddReporters(ArticleContext context, List<Hit> found, Hit? outlet, int open, string names, int offset)
    {
        var role = "记者";
        foreach (Match token in BylineToken().Matches(names))
        {
            if (token.Groups["role"].Success)
            {
                role = token.Groups["role"].Value.EndsWith("通讯员", StringComparison.Ordinal) ? "通讯员" : "记者";
                continue;
            }

            // The repaired text drops the spaces between names: 林晓周一帆 is cut into names that cover it whole.
            var start = offset + token.Index;
            foreach (var (nameStart, nameEnd) in SplitNames(context.Text, start, start + token.Length) ?? [])
            {
                if (outlet is null)
                {
                    found.Add(new Hit(EntityRef.Named(EntityKind.Person, context.Text[nameStart..nameEnd]), nameStart, nameEnd, Hit.PatternPriority));
                }
                else
                {
                    AddPerson(context, found, outlet.Entity!, role, open, nameStart, nameEnd);
                }
            }
        }
    }

    private const int MaxBylineRun = 12;

    /// <summary>[start, end) cut into 2–3 character Chinese names that cover it exactly (three-character names tried first), or null.</summary>
    private static List<(int Start, int End)>? SplitNames(string text, int start, int end)
    {
        if (start == end)
        {
            return [];
        }

        if (end - start > MaxBylineRun)
        {
            return null;
        }

        foreach (var length in (ReadOnlySpan<int>)[3, 2])
        {
            if (start + length <= end && IsChineseName(text, start, start + length) && SplitNames(text, start + length, end) is { } rest)
            {
                rest.Insert(0, (start, start + length));
                return rest;
            }
        }

        return null;
    }

    private static int FirstRole(string text, int start, int end)
    {
        var match = BylineRole().Match(text, start, end - start);
        return match.Success ? match.Index : -1;
    }

    [GeneratedRegex(@"[（(](?<body>[^（）()]{2,40})[）)]")]
    private static partial Regex Byline();

    [GeneratedRegex(@"(?:全媒体|首席|特约|实习)?记者|通讯员")]
    private static partial Regex BylineRole();

    // A role word, or a run of Han characters up to a separator or the next role word.
    [GeneratedRegex(@"(?<role>(?:全媒体|首席|特约|实习)?记者|通讯员)|(?:(?!记者|通讯员)[\u4e00-\u9fff])+")]
    private static partial Regex BylineToken();

    // 首席记者林晓报道: a byline outside parentheses.
    [GeneratedRegex(@"记者\s*(?<name>[\u4e00-\u9fff]{2,3})\s*报道")]
    private static partial Regex Reported();
}
