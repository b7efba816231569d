using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Linking;

/// <summary>
/// Dates and places of events (第三届数字丝路博览会 4 月 29 日至 30 日在福州举办), their organizers (省政府新闻办召开的…发布会)
/// and, in an article about an exhibition (参展, 亮相, 展区), the companies and institutions that took part.
/// </summary>
internal static partial class EventLinker
{
    private static readonly string[] HoldVerbs = ["举办", "举行", "召开", "开幕", "隆重开幕"];
    private static readonly string[] HostingVerbs = ["举办", "举行"];
    private static readonly string[] ExhibitionWords = ["参展", "亮相", "展区", "参会"];

    public static void Link(ArticleContext context)
    {
        Hit? main = null;
        EventDates.Settle(context);
        foreach (var item in context.Hits.Where(h => h.Entity is { Kind: EntityKind.Event }))
        {
            var dated = Dates(context, item) || context.Dates.ContainsKey(item.Entity!);
            var held = HeldIn(context, item);
            Organizer(context, item);
            main ??= dated || held ? item : null;
        }

        Organizers(context, main);
        HeldInSentences(context, main);
        Speakers(context);
        if (main is not null && ExhibitionWords.Any(w => context.Text.AsSpan(context.Start, context.End - context.Start).Contains(w, StringComparison.Ordinal)))
        {
            Participants(context, main);
        }
    }

    private static bool Dates(ArticleContext context, Hit item)
    {
        var match = DateRange().Match(context.Text, item.End, Math.Min(20, context.End - item.End));
        if (!match.Success || context.Document.Year is not { } year)
        {
            return false;
        }

        var firstMonth = Number(match, "m1");
        var lastMonth = match.Groups["m2"].Success ? Number(match, "m2") : firstMonth;
        if (!TryDate(year, firstMonth, Number(match, "d1"), out var start))
        {
            return false;
        }

        DateOnly? end = match.Groups["d2"].Success && TryDate(year, lastMonth, Number(match, "d2"), out var last) ? last : null;
        context.Dates.TryAdd(item.Entity!, (start, end ?? start));
        return true;
    }

    private static bool HeldIn(ArticleContext context, Hit item)
    {
        var text = context.Text;
        var after = DateRange().Match(text, item.End, Math.Min(20, context.End - item.End)) is { Success: true } m ? item.End + m.Length : item.End;
        if (after < context.End && text[after] == '在'
            && context.Index.StartingAt(after + 1, EntityKind.Place) is { } place
            && HoldVerbs.Any(v => text.AsSpan(place.End).StartsWith(v)))
        {
            context.Relate(RelationType.HeldIn, item.Entity!, place.Entity!, item.Start, place.End + 2);
            return true;
        }

        // 在福州举办的第八届…峰会
        var before = context.Index.LastBefore(item.Start - 1, int.MinValue, EntityKind.Place);
        if (before is not null && before.Start > context.Start && text[before.Start - 1] == '在'
            && HoldVerbs.Any(v => item.Start - before.End == v.Length + 1 && text.AsSpan(before.End).StartsWith(v + "的")))
        {
            context.Relate(RelationType.HeldIn, item.Entity!, before.Entity!, before.Start - 1, item.End);
            return true;
        }

        // 某开发区举行某仪式, 某市举办某峰会: a place below a country that holds an event right before it is where it is held.
        // Not 召开: a city that convenes a meeting (某市召开某大会) is its organizer, wherever it sits.
        foreach (var verb in HostingVerbs)
        {
            if (item.Start - verb.Length > context.Start && text.AsSpan(item.Start - verb.Length).StartsWith(verb)
                && context.Index.EndingAt(item.Start - verb.Length, EntityKind.Place) is { Entity.Subtype: not ("country" or "region") } host)
            {
                context.Relate(RelationType.HeldIn, item.Entity!, host.Entity!, host.Start, item.End);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "第9届某某会于4月15日至5月5日在广州分三期举办", "9月20日至23日在安徽合肥举办的本届大会", "昨天在京举行某某吹风会": a
    /// place after 在 and a verb of holding a few characters on. The event is the
    /// one the verb leads to (的 + event or 本届), else the one named right after the verb, else the last one before in the
    /// sentence. Of places written in a row (安徽合肥), the last and narrowest is where.
    /// </summary>
    private static void HeldInSentences(ArticleContext context, Hit? main)
    {
        var text = context.Text;
        for (var at = context.Find("在", context.Start); at >= 0 && at + 1 < context.End; at = context.Find("在", at + 1))
        {
            var placeEnd = at + 1;
            EntityRef? place = null;
            Hit? last = null;
            while (context.Index.StartingAt(placeEnd, EntityKind.Place) is { } next && !next.Contextual)
            {
                place = next.Entity;
                placeEnd = next.End;
                last = next;
            }

            if (place is null && CityInitials.TryGetValue(text[at + 1], out var city) && context.Gazetteer.Find(city) is { } entry)
            {
                place = context.PlaceRef(entry);
                placeEnd = at + 2;
            }

            if (place is null || HoldVerbAfter(text, placeEnd, context.End) is not { } verbEnd)
            {
                continue;
            }

            var (sentenceStart, _) = TextSegments.Sentence(text, at, context.Start, context.End);
            if (HeldEvent(context, main, sentenceStart, at, verbEnd) is { } item)
            {
                context.Relate(RelationType.HeldIn, item, place, at, verbEnd);

                // 在某会展中心（某市）闭幕: what is held at a venue is held in the city the venue is in.
                foreach (var venueCity in VenueCities(last))
                {
                    context.Relate(RelationType.HeldIn, item, venueCity, at, verbEnd);
                }
            }
        }
    }

    private static IEnumerable<EntityRef> VenueCities(Hit? venue) =>
        venue is { Entity.Subtype: VenueRecognizer.Subtype }
            ? (venue.Links ?? []).Where(l => l.Type == RelationType.LocatedIn && l.From.Equals(venue.Entity)).Select(l => l.To)
            : [];

    private static EntityRef? HeldEvent(ArticleContext context, Hit? main, int sentenceStart, int at, int verbEnd)
    {
        var text = context.Text;
        if (verbEnd < context.End && text[verbEnd] == '的')
        {
            var limit = Math.Min(context.End, verbEnd + 1 + EventReferenceReach);
            if (context.Index.In(verbEnd + 1, limit + EventNameReach, EntityKind.Event).FirstOrDefault(h => h.Start <= limit) is { } named)
            {
                return named.Entity;
            }

            return Words.EventReferences.Any(r => text.AsSpan(verbEnd + 1, limit - verbEnd - 1).Contains(r, StringComparison.Ordinal)) ? main?.Entity : null;
        }

        if (context.Index.StartingAt(verbEnd, EntityKind.Event) is { } after)
        {
            return after.Entity;
        }

        return context.Index.LastBefore(at, sentenceStart, EntityKind.Event)?.Entity;
    }

    /// <summary>The end of a verb of holding within a few characters after a place (在广州分三期举办), or null.</summary>
    private static int? HoldVerbAfter(string text, int from, int max)
    {
        for (var p = from; p < max && p - from <= MaxHoldFiller; p++)
        {
            if (HeldVerbs.FirstOrDefault(v => text.AsSpan(p).StartsWith(v)) is { } verb)
            {
                return p + verb.Length;
            }

            if (CharClass.IsPunctuation(text[p]))
            {
                return null;
            }
        }

        return null;
    }

    private const int MaxHoldFiller = 4;
    private const int EventReferenceReach = 4;
    private const int EventNameReach = 40;
    private static readonly string[] HeldVerbs = ["举办", "举行", "召开", "开幕", "闭幕", "落幕", "落下帷幕"];

    // 在京举行, 在沪召开: the one-character names of the municipalities and of a few provincial capitals, written only after 在.
    private static readonly Dictionary<char, string> CityInitials = new()
    {
        ['京'] = "北京市", ['沪'] = "上海市", ['津'] = "天津市", ['渝'] = "重庆市", ['穗'] = "广州市", ['蓉'] = "成都市",
    };

    private static void Organizer(ArticleContext context, Hit item)
    {
        var (sentenceStart, _) = TextSegments.Sentence(context.Text, item.Start, context.Start, context.End);
        var organizer = context.Index.LastBefore(item.Start, sentenceStart, EntityKind.Organization);
        if (organizer is not null && HoldsInItsOwnClause(context.Text.AsSpan(organizer.End, item.Start - organizer.End)))
        {
            context.Relate(RelationType.Implements, organizer.Entity!, item.Entity!, organizer.Start, item.End);
        }
    }

    /// <summary>
    /// A hold verb in the words between a body and the event, with no clause break before it: 商务部在上海举办… is the
    /// body's doing, but in 某日报讯（记者 某某）2月17日，开发区举行… the outlet of the byline only reports it.
    /// </summary>
    private static bool HoldsInItsOwnClause(ReadOnlySpan<char> between)
    {
        foreach (var verb in HoldVerbs)
        {
            var at = between.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && between[..at].IndexOfAny(ClauseBreaks) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private const string ClauseBreaks = "，；。！？";

    private static void Participants(ArticleContext context, Hit main)
    {
        var seen = new HashSet<EntityRef>();
        foreach (var hit in context.AllHits.OrderBy(h => h.Start))
        {
            var isParticipant = hit.Entity is { Kind: EntityKind.Company } or { Kind: EntityKind.Organization, Subtype: "university" or "research" or "other" or OrganizationRecognizer.DelegationSubtype };
            if (isParticipant && seen.Add(hit.Entity!))
            {
                var (start, end) = TextSegments.Sentence(context.Text, hit.Start, context.Start, context.End);
                context.Relate(RelationType.ParticipatedIn, hit.Entity!, main.Entity!, start, end);
            }
        }
    }

    /// <summary>
    /// "由商务部、辽宁省人民政府共同主办，沈阳市人民政府承办": each body in a list that ends in 主办/承办/协办 organizes the
    /// article's main event (else the last event named before it).
    /// </summary>
    private static void Organizers(ArticleContext context, Hit? main)
    {
        var text = context.Text;
        foreach (var body in context.Hits.Where(h => h.Entity is { Kind: EntityKind.Organization }).ToList())
        {
            var chain = new List<Hit> { body };
            var at = body.End;
            while (at < context.End && text[at] is '、' or '和' or '及'
                   && context.Index.StartingAt(at + 1, EntityKind.Organization) is { } next)
            {
                chain.Add(next);
                at = next.End;
            }

            at += OrganizerAdverbs.FirstOrDefault(a => text.AsSpan(at).StartsWith(a))?.Length ?? 0;
            if (!OrganizerVerbs.Any(v => text.AsSpan(at).StartsWith(v)))
            {
                continue;
            }

            var target = main ?? context.Index.LastBefore(body.Start, int.MinValue, EntityKind.Event);
            foreach (var organizer in target is null ? [] : chain)
            {
                var (start, end) = TextSegments.Sentence(text, organizer.Start, context.Start, context.End);
                context.Relate(RelationType.Implements, organizer.Entity!, target!.Entity!, start, end);
            }
        }
    }

    /// <summary>"发布会上，省国资委相关负责人介绍", "闭幕式上，沈阳市副市长刘海波表示": who speaks at an event took part in it.</summary>
    private static void Speakers(ArticleContext context)
    {
        var text = context.Text;
        foreach (var marker in SpeakerMarkers)
        {
            for (var at = context.Find(marker, context.Start); at >= 0; at = context.Find(marker, at + marker.Length))
            {
                var (_, clauseEnd) = TextSegments.Clause(text, at + marker.Length, context.Start, context.End);
                var speaker = context.Index.In(at + marker.Length, clauseEnd, EntityKind.Person, EntityKind.Organization).FirstOrDefault();
                var occasion = context.Index.LastBefore(at + marker.Length, int.MinValue, EntityKind.Event);
                if (speaker is not null && occasion is not null)
                {
                    var (start, end) = TextSegments.Sentence(text, at, context.Start, context.End);
                    context.Relate(RelationType.ParticipatedIn, speaker.Entity!, occasion.Entity!, start, end);
                }
            }
        }
    }

    private static readonly string[] OrganizerAdverbs = ["共同", "联合"];
    private static readonly string[] OrganizerVerbs = ["主办", "承办", "协办", "主承办"];
    private static readonly string[] SpeakerMarkers = ["会上，", "式上，", "论坛上，", "仪式上，", "活动上，", "会议上，"];

    private static int Number(Match match, string group) => EventDates.Number(match, group);

    private static bool TryDate(int year, int month, int day, out DateOnly date) => EventDates.TryDate(year, month, day, out date);

    [GeneratedRegex(@"\G(?<m1>[0-9]{1,2})月(?<d1>[0-9]{1,2})日(?:[至到\-—–~～](?:(?<m2>[0-9]{1,2})月)?(?<d2>[0-9]{1,2})日)?")]
    private static partial Regex DateRange();
}
