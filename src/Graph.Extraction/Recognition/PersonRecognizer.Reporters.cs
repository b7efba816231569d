using System.Text.RegularExpressions;
using Graph.Domain.Model;

namespace Graph.Extraction.Recognition;

internal static partial class PersonRecognizer
{
    /// <summary>
    /// The byline: "新华社北京3月2日电（记者 林晓 周一帆）", "本报讯（江城日报全媒体记者 何远）": each name a reporter of the
    /// outlet the byline names — before 记者 inside the parentheses, else the outlet that opens the dateline.
    /// </summary>
    private static void Reporters(ArticleContext context, List<Hit> found)
    {
        var text = context.Text;
        for (var match = Byline().Match(text, context.Start, context.End - context.Start); match.Success; match = match.NextMatch())
        {
            var open = match.Index;
            var outlet = context.Index.LastBefore(match.Groups["names"].Index, open, EntityKind.Organization)
                ?? context.Index.LastBefore(open, Math.Max(context.Start, open - 24), EntityKind.Organization);
            foreach (Capture name in match.Groups["name"].Captures)
            {
                var end = name.Index + name.Length;
                if (!IsChineseName(text, name.Index, end))
                {
                    continue;
                }

                if (outlet is null)
                {
                    found.Add(new Hit(EntityRef.Named(EntityKind.Person, name.Value), name.Index, end, Hit.PatternPriority));
                }
                else
                {
                    AddPerson(context, found, outlet.Entity!, "记者", open, name.Index, end);
                }
            }
        }
    }

    [GeneratedRegex(@"[（(][^（）()]{0,16}?记者\s*(?<names>(?:(?<name>[\u4e00-\u9fff]{2,3})[\s、]*)+)[）)]")]
    private static partial Regex Byline();
}
