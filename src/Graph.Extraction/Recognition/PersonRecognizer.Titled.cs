using Graph.Domain.Model;
using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

internal static partial class PersonRecognizer
{
    private const int MaxTitleChainGap = 1;

    // What may follow a name introduced by its post: punctuation, or the verb of what the person did there.
    private static readonly string[] AfterName =
        ["表示", "介绍", "说", "指出", "主持", "致辞", "宣布", "出席", "在", "等", "作", "通报", "回答", "解读", "认为", "强调", "发布", "当天", "昨天", "今天"];

    private const string NameClosers = "，。、：；（）！？ \n“”";

    /// <summary>
    /// "副省长王明，…", "主任李强出席", "副总裁张伟、刘洋等出席": a post, then a name that ends where punctuation or what the
    /// person did begins; names listed after it with 、 share the post. The employer is the organization or company named right
    /// before the post or before the chain of posts it closes (省国资委党委书记、主任李强).
    /// </summary>
    private static void Titled(ArticleContext context, List<Hit> found)
    {
        var text = context.Text;
        for (var p = context.Start; p < context.End; p++)
        {
            context.Checkpoint(p);
            var (length, title) = Words.Titles.MatchLongest(text, p, context.End);
            if (length == 0 || Words.Titles.MatchLongest(text, p + length, context.End).Length > 0)
            {
                continue;
            }

            var at = p + length;
            var chainStart = ChainStart(text, p, context.Start);
            var employer = context.Index.EndingAt(chainStart, EntityKind.Organization, EntityKind.Company);
            // 福建省省长某某: a place right before the post is the government's; GovernmentHead links that one.
            if (employer is null && GovernmentHeads.Contains(title!) && context.Index.EndingAt(chainStart, EntityKind.Place) is not null)
            {
                p = at - 1;
                continue;
            }

            var government = GovernmentHeads.Contains(title!) ? GovernmentOf(context, employer, title!) : null;
            while (ClosedName(text, at, context.End) is { } nameEnd)
            {
                if (government is not null)
                {
                    AddPerson(context, found, government, title!, p, at, nameEnd);
                }
                else if (employer is not null)
                {
                    AddPerson(context, found, employer.Entity!, title!, employer.Start, at, nameEnd);
                }
                else
                {
                    found.Add(new Hit(EntityRef.Named(EntityKind.Person, text[at..nameEnd]), at, nameEnd, Hit.PatternPriority));
                }

                at = nameEnd + 1;
                if (nameEnd >= context.End || text[nameEnd] != '、')
                {
                    break;
                }
            }

            p = Math.Max(p, at - 1);
        }
    }

    /// <summary>
    /// A mayor or governor works for the people's government of the place: the one the employer before the posts belongs to
    /// (大连市委 → 大连市), else the place of the post's level the article settles on: a governor (省长) the province's, a mayor
    /// (市长) the city's; a county or district head has no such default.
    /// </summary>
    private static EntityRef? GovernmentOf(ArticleContext context, Hit? employer, string title)
    {
        var place = employer is not null
            ? context.Relations.FirstOrDefault(r => r.Type == RelationType.LocatedIn && r.From == employer.Entity)?.To
            : null;
        place ??= title.EndsWith("省长", StringComparison.Ordinal)
            ? PlaceContext.Province(context) is { } province && IsProvinceProper(province.Name) ? context.PlaceRef(province) : null
            : title.EndsWith("市长", StringComparison.Ordinal) && PlaceContext.City(context) is { } city ? context.PlaceRef(city)
            : null;
        if (place is null)
        {
            return null;
        }

        var government = EntityRef.Named(EntityKind.Organization, place.Name + "人民政府", "government");
        context.Relate(RelationType.LocatedIn, government, place, employer?.Start ?? context.Start, employer?.End ?? context.Start + 1);
        return government;
    }

    /// <summary>
    /// Only a 省 has a 省长: a municipality (北京市) is headed by a 市长 and an autonomous region by a 主席, so a governor in an
    /// article about one of them belongs to some province the text does not settle.
    /// </summary>
    private static bool IsProvinceProper(string name) => name.EndsWith('省');

    /// <summary>Where a chain of posts joined by 、 that ends with the post at <paramref name="titleStart"/> begins.</summary>
    private static int ChainStart(string text, int titleStart, int min)
    {
        var start = titleStart;
        while (start - 1 > min && text[start - 1] == '、')
        {
            var previous = -1;
            for (var length = MaxTitleLength; length >= 2 && previous < 0; length--)
            {
                var s = start - 1 - length;
                if (s >= min && Words.Titles.Contains(text.Substring(s, length)))
                {
                    previous = s;
                }
            }

            if (previous < 0)
            {
                break;
            }

            start = previous;
        }

        return start;
    }

    /// <summary>The end of a two- or three-character name at <paramref name="start"/> that something closing follows, or null.</summary>
    private static int? ClosedName(string text, int start, int max)
    {
        foreach (var length in (int[])[3, 2])
        {
            var end = start + length;
            if (end <= max && IsChineseName(text, start, end) && !NotNames.Contains(text[start..end])
                && !Words.NameStopChars.Contains(text[end - 1], StringComparison.Ordinal)
                && (end == max || NameClosers.Contains(text[end], StringComparison.Ordinal) || AfterName.Any(v => text.AsSpan(end).StartsWith(v))))
            {
                return end;
            }
        }

        return null;
    }
}
