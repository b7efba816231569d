using Graph.Domain.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Development zones by their suffix after a place (某市经济技术开发区, 某县高新技术产业开发区, 某区综合保税区): a place of their
/// own, located in the place that names them, with the usual short form (经开区, 高新区) as an alias.
/// </summary>
internal static class ZoneRecognizer
{
    /// <summary>The subtype of a development zone's place.</summary>
    public const string Subtype = "zone";

    private const int MaxMiddle = 6;

    private static readonly Dictionary<string, string?> ShortForms = new(StringComparer.Ordinal)
    {
        ["经济技术开发区"] = "经开区",
        ["高新技术产业开发区"] = "高新区",
        ["经济开发区"] = "经开区",
        ["高新技术开发区"] = "高新区",
        ["综合保税区"] = "综保区",
        ["自由贸易试验区"] = "自贸区",
        ["自由贸易区"] = "自贸区",
        ["经开区"] = null,
        ["高新区"] = null,
        ["开发区"] = null,
        ["工业园区"] = null,
        ["产业园区"] = null,
        ["保税区"] = null,
        ["新区"] = null,
    };

    private static readonly Lexicon.TermTrie<string> Suffixes = SuffixTrie.Of([.. ShortForms.Keys]);

    // A middle part (临港, 滨海) is a name, never a clause: it stops at these.
    private const string Stops = "的在与和及将是为了向从以于等召举开用带入选，、。；：（）“”《》";

    public static void Recognize(ArticleContext context)
    {
        var text = context.Text;
        var places = context.Candidates
            .Where(h => h.Entity is { Kind: EntityKind.Place } && !h.Contextual)
            .GroupBy(h => h.End)
            .Select(g => g.OrderByDescending(h => h.Length).First())
            .ToList();
        var zones = new List<(EntityRef Zone, string ShortSuffix)>();
        var written = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            for (var j = place.End; j < context.End && j - place.End <= MaxMiddle; j++)
            {
                var (length, suffix) = Suffixes.MatchLongest(text, j, context.End);
                if (length > 0)
                {
                    zones.Add(Add(context, place, j, j + length, suffix!, written));
                    break;
                }

                if (Stops.Contains(text[j], StringComparison.Ordinal) || !char.IsLetter(text[j]))
                {
                    break;
                }
            }
        }

        Bare(context, zones);
        Bodies(context, zones);
    }

    // A zone is governed by a party working committee and an administrative committee, written by their short forms.
    private static readonly (string Short, string Prefix, string Suffix)[] BodyForms =
    [
        ("党工委", "中共", "工作委员会"),
        ("管委会", "", "管理委员会"),
    ];

    /// <summary>
    /// 经开区党工委, 管委会 in an article about one zone: that zone's party working committee (officially 中共某开发区工作委员会)
    /// and administrative committee (某开发区管理委员会), located in it, the printed form an alias.
    /// </summary>
    private static void Bodies(ArticleContext context, List<(EntityRef Zone, string ShortSuffix)> zones)
    {
        var names = zones.Select(z => z.Zone).DistinctBy(z => z.Name, StringComparer.Ordinal).ToList();
        if (names.Count != 1)
        {
            return;
        }

        var zone = names[0];
        var text = context.Text;
        // The written forms a body's short name may follow: the zone's names and its bare short suffix (经开区党工委).
        var forms = (zone.Aliases ?? []).Append(zone.Name).Append(zone.Name.Length > 0 ? ShortFormOf(zone.Name) : string.Empty).Where(f => f.Length > 0).ToList();
        foreach (var (shortForm, prefix, suffix) in BodyForms)
        {
            for (var at = context.Find(shortForm, context.Start); at >= 0; at = context.Find(shortForm, at + shortForm.Length))
            {
                var end = at + shortForm.Length;
                var start = at;
                foreach (var form in forms)
                {
                    if (at - form.Length >= context.Start && string.CompareOrdinal(text, at - form.Length, form, 0, form.Length) == 0)
                    {
                        start = Math.Min(start, at - form.Length);
                    }
                }

                var body = EntityRef.Named(EntityKind.Organization, prefix + zone.Name + suffix, "government", [text[start..end]]);
                context.Candidates.Add(new Hit(body, start, end, Hit.PatternPriority, null,
                    [new RelationDraft(RelationType.LocatedIn, body, zone, start, end)]));
            }
        }
    }

    /// <summary>The bare short suffix a zone's name ends with (经开区 for 某市经济技术开发区), or empty.</summary>
    private static string ShortFormOf(string name) =>
        ShortForms.FirstOrDefault(f => f.Value is not null && name.EndsWith(f.Key, StringComparison.Ordinal)).Value ?? string.Empty;

    /// <summary>经开区 alone, in an article about one such zone, is that zone: a mention, not a name of its own.</summary>
    private static void Bare(ArticleContext context, List<(EntityRef Zone, string ShortSuffix)> zones)
    {
        foreach (var group in zones.Where(z => z.ShortSuffix.Length > 0).GroupBy(z => z.ShortSuffix))
        {
            if (group.Select(z => z.Zone.Name).Distinct(StringComparer.Ordinal).Count() != 1)
            {
                continue;
            }

            var zone = group.First().Zone;
            for (var at = context.Find(group.Key, context.Start); at >= 0; at = context.Find(group.Key, at + group.Key.Length))
            {
                context.Candidates.Add(new Hit(zone, at, at + group.Key.Length, Hit.PatternPriority) { Contextual = true });
            }
        }
    }

    private static bool IsWritten(ArticleContext context, string name, Dictionary<string, bool> written)
    {
        if (!written.TryGetValue(name, out var found))
        {
            written[name] = found = context.Find(name, context.Start) >= 0;
        }

        return found;
    }

    private static (EntityRef Zone, string ShortSuffix) Add(ArticleContext context, Hit place, int suffixStart, int end, string suffix, Dictionary<string, bool> written)
    {
        var printed = context.Text[place.Start..end];
        var stem = context.Text[place.Start..suffixStart];
        string name;
        IReadOnlyList<string>? aliases;
        if (ShortForms[suffix] is { } shortForm)
        {
            (name, aliases) = (printed, new[] { stem + shortForm });
        }
        else
        {
            // 某市经开区 is 某市经济技术开发区 when the article also writes the full name.
            var full = ShortForms.Where(f => f.Value == suffix).Select(f => stem + f.Key).FirstOrDefault(n => IsWritten(context, n, written));
            (name, aliases) = full is null ? (printed, null) : (full, new[] { printed });
        }

        var zone = EntityRef.Named(EntityKind.Place, name, Subtype, aliases);
        context.Candidates.Add(new Hit(zone, place.Start, end, Hit.PatternPriority, [place],
            [new RelationDraft(RelationType.LocatedIn, zone, place.Entity!, place.Start, end)]));
        return (zone, ShortForms[suffix] ?? (ShortForms.ContainsValue(suffix) ? suffix : string.Empty));
    }
}
