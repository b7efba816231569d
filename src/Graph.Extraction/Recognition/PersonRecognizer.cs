using Graph.Domain.Model;
using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

/// <summary>
/// People named with their post: employer + title + name (国家数据局局长张建华), employer + department + title + name
/// (工业和信息化部信息技术发展司司长陈立新), employer + name + title (市商务局赵文博副局长), 公司/企业 + title + name (the
/// company is the last one named), and foreign names with · after a title (德里大学教授苏雷什·拉奥).
/// </summary>
internal static partial class PersonRecognizer
{
    private const int MaxDepartmentLength = 12;
    private const int MinDepartmentLength = 2;
    private const int MaxForeignPart = 6;
    private const string NameDots = "·•・";

    public static void Recognize(ArticleContext context)
    {
        var found = new List<Hit>();
        foreach (var employer in context.Hits.Where(h => h.Entity is { Kind: EntityKind.Organization or EntityKind.Company }).ToList())
        {
            AfterEmployer(context, employer, found);
        }

        GenericEmployer(context, found);
        Parenthesized(context, found);
        foreach (var place in context.Hits.Where(h => h.Entity is { Kind: EntityKind.Place } && !h.Contextual).ToList())
        {
            GovernmentHead(context, place, found);
        }

        Foreign(context, found);
        Titled(context, found);
        Reporters(context, found);
        var taken = new HashSet<int>(context.Hits.SelectMany(h => Enumerable.Range(h.Start, h.Length)));
        // A name never ends on a character that only starts what follows it (王明在…).
        foreach (var person in found.Where(p => !Enumerable.Range(p.Start, p.Length).Any(taken.Contains)
                     && !Words.NameStopChars.Contains(context.Text[p.End - 1], StringComparison.Ordinal)))
        {
            context.Hits.Add(person);
            context.Document.Learn(person.Entity!.Name, person.Entity);
            for (var i = person.Start; i < person.End; i++)
            {
                taken.Add(i);
            }
        }

        context.Hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        context.HitsChanged();
    }

    private static void AfterEmployer(ArticleContext context, Hit employer, List<Hit> found)
    {
        var text = context.Text;
        var e = employer.End;
        var (titleLength, title) = TitleChain(text, e, context.End);
        if (titleLength > 0 && ChineseName(text, e + titleLength, context.End) is { } nameEnd)
        {
            // 某市委副书记、市长张三: a government head is no post of a party committee; the post there is the chain's first.
            if (GovernmentHeads.Contains(title!) && employer.Entity!.Name.StartsWith("中共", StringComparison.Ordinal)
                && Words.Titles.MatchLongest(text, e, context.End) is (var firstLength, { } first) && firstLength < titleLength)
            {
                title = first;
            }

            AddPerson(context, found, employer.Entity!, title!, employer.Start, e + titleLength, nameEnd);
            return;
        }

        if (titleLength > 0 && e + titleLength + 1 < context.End && text[e + titleLength] == '、'
            && SecondPost(context, employer, title!, e + titleLength + 1, found))
        {
            return;
        }

        for (var p = e + MinDepartmentLength; p <= e + MaxDepartmentLength && p < context.End; p++)
        {
            if (Text.CharClass.IsPunctuation(text[p - 1]))
            {
                break;
            }

            var (length, deptTitle) = Words.Titles.MatchLongest(text, p, context.End);
            var department = text[e..p];
            if (length > 0 && Words.DepartmentSuffixes.Any(s => department.EndsWith(s, StringComparison.Ordinal))
                && ChineseName(text, p + length, context.End) is { } deptNameEnd)
            {
                var parent = employer.Entity!;
                var unit = new EntityRef(EntityKind.Organization, department, parent.Name + department, parent.Subtype, [parent.Name + department]);
                context.AddInnerHit(new Hit(unit, e, p));
                context.Relate(RelationType.PartOf, unit, parent, employer.Start, p);
                AddPerson(context, found, unit, deptTitle!, employer.Start, p + length, deptNameEnd, parent);
                return;
            }

            // 商务部某某司负责人介绍: a ministry's department speaks without a name; it is still a body of the ministry.
            if (length > 0 && department.EndsWith(MinistryDepartment, StringComparison.Ordinal) && employer.Entity!.Subtype == "government")
            {
                var parent = employer.Entity!;
                var unit = new EntityRef(EntityKind.Organization, department, parent.Name + department, parent.Subtype, [parent.Name + department]);
                context.AddInnerHit(new Hit(unit, e, p));
                context.Relate(RelationType.PartOf, unit, parent, employer.Start, p);
                return;
            }
        }

        // 王明副局长 / 赵文博副局长: of the name lengths that leave a title, take the one leaving the longest title.
        var best = (NameLength: 0, TitleLength: 0, Title: (string?)null);
        foreach (var length in (int[])[2, 3, 4])
        {
            if (e + length < context.End && IsChineseName(text, e, e + length) && !NotNames.Contains(text.Substring(e, length)))
            {
                var (after, role) = Words.Titles.MatchLongest(text, e + length, context.End);
                if (after > best.TitleLength)
                {
                    best = (length, after, role);
                }
            }
        }

        if (best.Title is not null)
        {
            AddPerson(context, found, employer.Entity!, best.Title, employer.Start, e, e + best.NameLength, spanEnd: e + best.NameLength + best.TitleLength);
        }
    }

    private const string MinistryDepartment = "司";
    private const int MaxChainedDepartmentLength = 20;

    /// <summary>
    /// 国家统计局新闻发言人、某某司司长王明; 某省人民政府副秘书长、某某大会执委会办公室副主任李强: a second post after 、 in a
    /// department, then the name. The person works for both; the department is the employer's, unless it opens with a name of
    /// its own (an event's office), then it is a body of that name as written.
    /// </summary>
    private static bool SecondPost(ArticleContext context, Hit employer, string firstTitle, int s, List<Hit> found)
    {
        var text = context.Text;
        for (var p = s + MinDepartmentLength; p <= s + MaxChainedDepartmentLength && p < context.End; p++)
        {
            if (Text.CharClass.IsPunctuation(text[p - 1]))
            {
                return false;
            }

            var (length, title) = Words.Titles.MatchLongest(text, p, context.End);
            var department = text[s..p];
            if (length == 0 || !(Words.DepartmentSuffixes.Any(d => department.EndsWith(d, StringComparison.Ordinal)) || department.EndsWith('办'))
                || ChineseName(text, p + length, context.End) is not { } nameEnd)
            {
                continue;
            }

            var parent = employer.Entity!;

            // 省经信厅副厅长、省减负办主任: a bare 省 or 市 opens a body of the province or city, not a department of the first.
            if (department[0] is '省' or '市' && (department[0] == '省' ? PlaceContext.Province(context) : PlaceContext.City(context)) is { } place)
            {
                var body = EntityRef.Named(EntityKind.Organization, place.Name + department[1..], "government", [department]);
                context.AddInnerHit(new Hit(body, s, p));
                context.Relate(RelationType.LocatedIn, body, context.PlaceRef(place), s, p);
                AddPerson(context, found, body, title!, s, p + length, nameEnd);
                context.Relate(RelationType.WorksFor, found[^1].Entity!, parent, employer.Start, nameEnd, firstTitle);
                return true;
            }

            var ownName = context.Hits.Any(h => h.Start == s && h.End < p && h.Entity is { Kind: EntityKind.Event or EntityKind.Organization or EntityKind.Company });
            var unit = ownName
                ? EntityRef.Named(EntityKind.Organization, department, parent.Subtype)
                : new EntityRef(EntityKind.Organization, department, parent.Name + department, parent.Subtype, [parent.Name + department]);
            context.AddInnerHit(new Hit(unit, s, p));
            if (!ownName)
            {
                context.Relate(RelationType.PartOf, unit, parent, employer.Start, p);
            }

            AddPerson(context, found, unit, title!, s, p + length, nameEnd, parent);
            context.Relate(RelationType.WorksFor, found[^1].Entity!, parent, employer.Start, nameEnd, firstTitle);
            return true;
        }

        return false;
    }

    private static void GenericEmployer(ArticleContext context, List<Hit> found)
    {
        var text = context.Text;
        foreach (var word in (string[])["公司", "企业"])
        {
            for (var at = context.Find(word, context.Start); at >= 0 && at + 2 < context.End; at = context.Find(word, at + 1))
            {
                var (titleLength, title) = Words.Titles.MatchLongest(text, at + 2, context.End);
                if (titleLength == 0 || ChineseName(text, at + 2 + titleLength, context.End) is not { } nameEnd
                    || context.Index.AnyEndingAt(at + 2, EntityKind.Company))
                {
                    continue;
                }

                var company = context.Index.LastBeforeWithInner(at, int.MinValue, EntityKind.Company);
                if (company is not null)
                {
                    AddPerson(context, found, company.Entity!, title!, at, at + 2 + titleLength, nameEnd);
                }
            }
        }
    }

    private static void AddPerson(
        ArticleContext context, List<Hit> found, EntityRef employer, string role, int spanStart, int nameStart, int nameEnd,
        EntityRef? topEmployer = null, int? spanEnd = null)
    {
        var person = EntityRef.Named(EntityKind.Person, context.Text[nameStart..nameEnd]);
        found.Add(new Hit(person, nameStart, nameEnd, Hit.PatternPriority));
        context.Relate(RelationType.WorksFor, person, employer, spanStart, spanEnd ?? nameEnd, role);
        context.Document.Employers.TryAdd(person, topEmployer ?? employer);
    }
}
