using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Linking;

/// <summary>
/// Dates and places of events (第八届数字中国建设峰会 4 月 29 日至 30 日在福州举办), their organizers (省政府新闻办召开的…发布会)
/// and, in an article about an exhibition (参展, 亮相, 展区), the companies and institutions that took part.
/// </summary>
internal static partial class EventLinker
{
    private static readonly string[] HoldVerbs = ["举办", "举行", "召开", "开幕", "隆重开幕"];
    private static readonly string[] ExhibitionWords = ["参展", "亮相", "展区", "参会"];

    public static void Link(ArticleContext context)
    {
        Hit? main = null;
        foreach (var item in context.Hits.Where(h => h.Entity is { Kind: EntityKind.Event }))
        {
            var dated = Dates(context, item);
            var held = HeldIn(context, item);
            Organizer(context, item);
            main ??= dated || held ? item : null;
        }

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
            && context.Hits.FirstOrDefault(h => h.Start == after + 1 && h.Entity is { Kind: EntityKind.Place }) is { } place
            && HoldVerbs.Any(v => text.AsSpan(place.End).StartsWith(v)))
        {
            context.Relate(RelationType.HeldIn, item.Entity!, place.Entity!, item.Start, place.End + 2);
            return true;
        }

        // 在福州举办的第八届…峰会
        var before = context.Hits.LastOrDefault(h => h.End < item.Start && h.Entity is { Kind: EntityKind.Place });
        if (before is not null && before.Start > context.Start && text[before.Start - 1] == '在'
            && HoldVerbs.Any(v => text[before.End..item.Start] == v + "的"))
        {
            context.Relate(RelationType.HeldIn, item.Entity!, before.Entity!, before.Start - 1, item.End);
            return true;
        }

        return false;
    }

    private static void Organizer(ArticleContext context, Hit item)
    {
        var (sentenceStart, _) = TextSegments.Sentence(context.Text, item.Start, context.Start, context.End);
        var organizer = context.Hits.LastOrDefault(h => h.Start >= sentenceStart && h.End <= item.Start && h.Entity is { Kind: EntityKind.Organization });
        if (organizer is not null && HoldVerbs.Any(v => context.Text.AsSpan(organizer.End, item.Start - organizer.End).Contains(v, StringComparison.Ordinal)))
        {
            context.Relate(RelationType.Implements, organizer.Entity!, item.Entity!, organizer.Start, item.End);
        }
    }

    private static void Participants(ArticleContext context, Hit main)
    {
        var seen = new HashSet<EntityRef>();
        foreach (var hit in context.AllHits.OrderBy(h => h.Start))
        {
            var isParticipant = hit.Entity is { Kind: EntityKind.Company } or { Kind: EntityKind.Organization, Subtype: "university" or "research" or "other" };
            if (isParticipant && seen.Add(hit.Entity!))
            {
                var (start, end) = TextSegments.Sentence(context.Text, hit.Start, context.Start, context.End);
                context.Relate(RelationType.ParticipatedIn, hit.Entity!, main.Entity!, start, end);
            }
        }
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"\G(?<m1>[0-9]{1,2})月(?<d1>[0-9]{1,2})日(?:[至到\-—–~～](?:(?<m2>[0-9]{1,2})月)?(?<d2>[0-9]{1,2})日)?")]
    private static partial Regex DateRange();
}
