using Graph.Domain.Model;
using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

internal static partial class PersonRecognizer
{
    private const int MaxParenthesizedName = 3;

    // Words that read like a surname and a given name but head a title (党委书记, 党组成员).
    private static readonly HashSet<string> NotNames = ["党委", "党组", "相关", "有关", "常务"];

    // The head of a place's government is named after the place (沈阳市副市长): the employer is that place's people's government.
    private static readonly HashSet<string> GovernmentHeads =
        ["省长", "副省长", "代省长", "市长", "副市长", "代市长", "区长", "副区长", "代区长", "县长", "副县长", "代县长", "州长", "副州长"];

    /// <summary>党委书记、主任: titles joined by 、 before one name; the post is the last of them.</summary>
    private static (int Length, string? Title) TitleChain(string text, int start, int end)
    {
        var (length, title) = Words.Titles.MatchLongest(text, start, end);
        while (length > 0 && start + length + 1 < end && text[start + length] == '、'
               && Words.Titles.MatchLongest(text, start + length + 1, end) is (> 0 and var next, { } nextTitle))
        {
            length += 1 + next;
            title = nextTitle;
        }

        return (length, title);
    }

    /// <summary>
    /// "韩雪梅（山东齐鲁数智科技有限公司总经理）", "郑文博（商务部研究院区域经济研究所所长）": a name followed by its employer, an
    /// optional department, and the post, in parentheses.
    /// </summary>
    private static void Parenthesized(ArticleContext context, List<Hit> found)
    {
        var text = context.Text;
        foreach (var employer in context.Hits.Where(h => h.Entity is { Kind: EntityKind.Organization or EntityKind.Company } && h.Start > context.Start + 1 && text[h.Start - 1] == '（').ToList())
        {
            var close = text.IndexOf('）', employer.End, Math.Min(MaxDepartmentLength + 8, context.End - employer.End));
            if (close < 0)
            {
                continue;
            }

            var (unit, role) = PostBefore(context, employer, close);
            var nameEnd = employer.Start - 1;
            var nameStart = Enumerable.Range(2, MaxParenthesizedName - 1).Reverse().Select(n => nameEnd - n)
                .FirstOrDefault(s => s >= context.Start && IsChineseName(text, s, nameEnd) && !NotNames.Contains(text[s..nameEnd]), -1);
            if (role is null || nameStart < 0)
            {
                continue;
            }

            AddPerson(context, found, unit ?? employer.Entity!, role, nameStart, nameStart, nameEnd, unit is null ? null : employer.Entity, close + 1);
        }
    }

    /// <summary>The department (if any) and post between an employer and a closing parenthesis: 区域经济研究所所长 → (unit, 所长).</summary>
    private static (EntityRef? Unit, string? Role) PostBefore(ArticleContext context, Hit employer, int close)
    {
        var text = context.Text;
        for (var p = employer.End; p < close; p++)
        {
            var (length, role) = Words.Titles.MatchLongest(text, p, close);
            if (length == 0 || p + length != close)
            {
                continue;
            }

            if (p == employer.End)
            {
                return (null, role);
            }

            var department = text[employer.End..p];
            if (!Words.DepartmentSuffixes.Any(s => department.EndsWith(s, StringComparison.Ordinal)))
            {
                return (null, null);
            }

            var parent = employer.Entity!;
            var unit = new EntityRef(EntityKind.Organization, department, parent.Name + department, parent.Subtype, [parent.Name + department]);
            context.AddInnerHit(new Hit(unit, employer.End, p));
            context.Relate(RelationType.PartOf, unit, parent, employer.Start, p);
            return (unit, role);
        }

        return (null, null);
    }

    /// <summary>沈阳市副市长刘海波 → WORKS_FOR 沈阳市人民政府 as 副市长, and that government is LOCATED_IN 沈阳市.</summary>
    private static void GovernmentHead(ArticleContext context, Hit place, List<Hit> found)
    {
        var text = context.Text;
        var (length, title) = Words.Titles.MatchLongest(text, place.End, context.End);
        if (length == 0 || !GovernmentHeads.Contains(title!) || ChineseName(text, place.End + length, context.End) is not { } nameEnd)
        {
            return;
        }

        var government = EntityRef.Named(EntityKind.Organization, place.Entity!.Name + "人民政府", "government");
        context.Relate(RelationType.LocatedIn, government, place.Entity, place.Start, place.End + length);
        AddPerson(context, found, government, title!, place.Start, place.End + length, nameEnd);
    }
}
