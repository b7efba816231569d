using Graph.Domain.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Organizations the gazetteer cannot list: local government bodies (省国资委 → 辽宁省国资委, 大连市商务局) and
/// place-prefixed institutions (大连旅大红旗康养中心, 大连海洋大学).
/// </summary>
internal static partial class OrganizationRecognizer
{
    private const int MaxInstitutionMiddle = 10;
    private const string BarePrefixes = "省市县区";

    // 全省, 我市, 各县: a bare prefix after these is part of another phrase.
    private const string PrefixBlockers = "全我本该各同城都超";
    private const string InstitutionStops = "的在与和及将是为了向从以于等召举开用带入选省县区，、。；：";

    private static readonly TermTrie<string> InstitutionSuffixes =
        Suffixes("大学", "学院", "研究院", "研究所", "研究中心", "中心", "协会", "商会", "学会", "医院", "联合会", "总会", "基金会", "博览局", "广播电视台", "电视台", "日报",
            "交易团", "代表团");

    public static void Recognize(ArticleContext context)
    {
        var placeEnds = context.PlacesByEnd();
        LocalBodies(context, placeEnds);
        Institutions(context, placeEnds.Values);
        CentralInstitutes(context);
        Universities(context);
    }

    /// <summary>商务部研究院, 某部某某研究所: an institute named after a central body is part of it.</summary>
    private static void CentralInstitutes(ArticleContext context)
    {
        var text = context.Text;
        foreach (var body in context.Candidates.Where(h => h.Entity is { Kind: EntityKind.Organization, Subtype: "government" } && h.Priority == Hit.GazetteerPriority).ToList())
        {
            for (var j = body.End; j < context.End && j - body.End <= MaxInstitutionMiddle; j++)
            {
                var (length, suffix) = InstitutionSuffixes.MatchLongest(text, j, context.End);
                if (length > 0 && Subtype(suffix!) == "research")
                {
                    var end = j + length;
                    var org = EntityRef.Named(EntityKind.Organization, text[body.Start..end], "research");
                    context.Candidates.Add(new Hit(org, body.Start, end, Hit.PatternPriority, [body],
                        [new RelationDraft(RelationType.PartOf, org, body.Entity!, body.Start, end)]));
                    break;
                }

                if (InstitutionStops.Contains(text[j], StringComparison.Ordinal) || CharClass.IsPunctuation(text[j]))
                {
                    break;
                }
            }
        }
    }

    /// <summary>A university by its suffix alone (某某大学教授…, 依托某某大学): the name runs left to a stop word or punctuation.</summary>
    private static void Universities(ArticleContext context)
    {
        var text = context.Text;
        var named = context.Candidates.Where(h => h.Entity is not null).Select(h => h.End).ToHashSet();
        for (var j = context.Find("大学", context.Start); j >= 0; j = context.Find("大学", j + 2))
        {
            var start = NameBoundary.ScanLeft(text, j, context.Start, MaxUniversityName, MinUniversityCore);
            if (j - start < MinUniversityCore || named.Contains(j + 2) || CountedUniversities().IsMatch(text.AsSpan(start, j - start)))
            {
                continue;
            }

            context.Candidates.Add(new Hit(EntityRef.Named(EntityKind.Organization, text[start..(j + 2)], "university"), start, j + 2, Hit.PatternPriority - 1));
        }
    }

    // 两所大学, 多所高校的: a count of universities is no name of one.
    [System.Text.RegularExpressions.GeneratedRegex("[一二两三四五六七八九十百几多数各每这那该本]所$")]
    private static partial System.Text.RegularExpressions.Regex CountedUniversities();

    private const int MaxUniversityName = 10;
    private const int MinUniversityCore = 2;

    private static void LocalBodies(ArticleContext context, Dictionary<int, Hit> placeEnds)
    {
        var text = context.Text;
        for (var p = context.Start + 1; p < context.End; p++)
        {
            context.Checkpoint(p);
            var (length, body) = Words.LocalBodies.MatchLongest(text, p, context.End);
            if (length == 0)
            {
                continue;
            }

            var end = p + length;
            if (placeEnds.TryGetValue(p, out var place))
            {
                var entry = context.Gazetteer.PlaceByKey(place.Entity!.Key);
                var name = OfficialName(entry?.Name ?? place.Entity.Name, body!);
                var printed = text[place.Start..end];
                var org = EntityRef.Named(EntityKind.Organization, name, "government", printed == name ? null : [printed]);
                context.Candidates.Add(new Hit(org, place.Start, end, Hit.PatternPriority, [place],
                    [new RelationDraft(RelationType.LocatedIn, org, place.Entity, place.Start, end), .. GovernmentOffice(org, entry?.Name ?? place.Entity.Name, place.Start, end)]));
            }
            else if (BarePrefixes.Contains(text[p - 1], StringComparison.Ordinal)
                && (p - 1 == context.Start || !PrefixBlockers.Contains(text[p - 2], StringComparison.Ordinal)))
            {
                context.Candidates.Add(BarePrefixed(context, p - 1, end, body!));
            }
        }
    }

    /// <summary>省国资委 → 辽宁省国资委 when the source or the article settles which province; kept as printed otherwise.</summary>
    private static Hit BarePrefixed(ArticleContext context, int start, int end, string body)
    {
        var printed = context.Text[start..end];
        var place = context.Text[start] switch
        {
            '省' => PlaceContext.Province(context),
            '市' => PlaceContext.City(context),
            _ => null,
        };
        if (place is null)
        {
            return new Hit(EntityRef.Named(EntityKind.Organization, printed, "government"), start, end, Hit.PatternPriority);
        }

        var org = EntityRef.Named(EntityKind.Organization, OfficialName(place.Name, body), "government", [printed]);
        return new Hit(org, start, end, Hit.PatternPriority, null,
            [new RelationDraft(RelationType.LocatedIn, org, context.PlaceRef(place), start, end), .. GovernmentOffice(org, place.Name, start, end)]);
    }

    /// <summary>
    /// 某省政府办公厅, 某市政府办公室, 某省外办: the general and foreign-affairs offices are working bodies of the place's people's
    /// government, so they are part of it.
    /// </summary>
    private static RelationDraft[] GovernmentOffice(EntityRef org, string place, int start, int end) =>
        org.Name.StartsWith(place + GovernmentOfficePrefix, StringComparison.Ordinal) && org.Name.Length > place.Length + GovernmentOfficePrefix.Length
            ? [new RelationDraft(RelationType.PartOf, org, EntityRef.Named(EntityKind.Organization, place + GovernmentOfficePrefix, "government"), start, end)]
            : [];

    private const string GovernmentOfficePrefix = "人民政府";

    private static void Institutions(ArticleContext context, IEnumerable<Hit> places)
    {
        var text = context.Text;
        foreach (var place in places)
        {
            for (var j = place.End; j < context.End && j - place.End <= MaxInstitutionMiddle; j++)
            {
                // 成都某某会展中心, 某市国际展览中心: a venue (a place) ends in 中心 too; the venue recognizer names it.
                if (VenueRecognizer.SuffixStartsAt(text, j, context.End))
                {
                    break;
                }

                var (length, suffix) = InstitutionSuffixes.MatchLongest(text, j, context.End);
                if (length > 0)
                {
                    var end = j + length;
                    var org = EntityRef.Named(EntityKind.Organization, text[place.Start..end], Subtype(suffix!));
                    if (org.Subtype == DelegationSubtype)
                    {
                        SubDelegation(context, place, org, end);
                    }

                    // 东北财经大学: a region in a name says nothing of where the body is.
                    context.Candidates.Add(place.Entity!.Subtype == "region"
                        ? new Hit(org, place.Start, end, Hit.PatternPriority)
                        : new Hit(org, place.Start, end, Hit.PatternPriority, [place],
                            [new RelationDraft(RelationType.LocatedIn, org, place.Entity!, place.Start, end)]));
                    break;
                }

                if (InstitutionStops.Contains(text[j], StringComparison.Ordinal) || CharClass.IsPunctuation(text[j]))
                {
                    break;
                }
            }
        }
    }

    /// <summary>The subtype of a trade fair's delegations (某市交易团, 某省代表团): they take part in the fair and report its results.</summary>
    public const string DelegationSubtype = "delegation";

    private const int MaxSubDelegationMiddle = 6;

    /// <summary>某市交易团国资分团: a branch of a delegation (…分团 right after it) is part of it, and of the same place.</summary>
    private static void SubDelegation(ArticleContext context, Hit place, EntityRef delegation, int delegationEnd)
    {
        var text = context.Text;
        var at = delegationEnd;
        while (at < context.End && at - delegationEnd < MaxSubDelegationMiddle && CharClass.IsHan(text[at])
            && !InstitutionStops.Contains(text[at], StringComparison.Ordinal) && !text.AsSpan(at).StartsWith("分团"))
        {
            at++;
        }

        if (at > delegationEnd && at + 2 <= context.End && text.AsSpan(at).StartsWith("分团"))
        {
            var end = at + 2;
            var branch = EntityRef.Named(EntityKind.Organization, text[place.Start..end], DelegationSubtype);
            context.Candidates.Add(new Hit(branch, place.Start, end, Hit.PatternPriority, [place],
            [
                new RelationDraft(RelationType.LocatedIn, branch, place.Entity!, place.Start, end),
                new RelationDraft(RelationType.PartOf, branch, delegation, place.Start, end),
            ]));
        }
    }

    /// <summary>
    /// The official name of a place's body, the short one as printed kept as an alias: 省政府 is the province's 人民政府, and a
    /// place's bare 委 (某市委, 省委) its committee of the Communist Party of China, officially 中共某市委员会, whose departments
    /// keep the party's name (省委宣传部 → 中共某省委宣传部).
    /// </summary>
    private static string OfficialName(string place, string body) => body switch
    {
        "政府" => place + "人民政府",
        "政府办公厅" => place + "人民政府办公厅",
        "政府办公室" => place + "人民政府办公室",
        "外事办" or "外办" or "外事办公室" or "政府外事办" or "政府外事办公室" => place + "人民政府外事办公室",
        "委" => "中共" + place + "委员会",
        ['委', .. _] => "中共" + place + body,
        _ => place + body,
    };

    private static string Subtype(string suffix) => suffix switch
    {
        "大学" or "学院" => "university",
        "研究院" or "研究所" or "研究中心" => "research",
        "交易团" or "代表团" => DelegationSubtype,
        _ => "other",
    };

    private static TermTrie<string> Suffixes(params string[] words)
    {
        var trie = new TermTrie<string>();
        foreach (var word in words)
        {
            trie.Add(word, word);
        }

        return trie;
    }
}
