using Graph.Domain.Model;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Linking;

/// <summary>
/// PARTICIPATED_IN for the people a sentence says took part in an event: they attended, chaired, spoke, announced or
/// witnessed (出席, 主持, 致辞, 宣布, 见证, 到场) or spoke at it (在发布会上介绍). The event is the one the sentence names, or
/// the earlier event a bare word refers to (发布会, 仪式, 通气会), or the article's first event. The bodies whose officials
/// a sentence lists right after the event (…举行吹风会，A、B、C等部门有关负责人介绍情况) took part too. In the report of a
/// briefing, a paragraph that opens with a speaker (某部副部长某某：…) gives what that person said there: they took part.
/// </summary>
internal static partial class AttendanceLinker
{
    private static readonly string[] Verbs = ["出席", "主持", "致辞", "宣布", "见证", "到场", "参加", "上介绍", "上表示", "上通报", "上说", "会上"];
    private static readonly string[] EventWords = ["新闻发布会", "发布会", "通气会", "吹风会", "仪式", "会议", "论坛", "大会", "博览会", "交易会"];

    public static void Link(ArticleContext context)
    {
        var events = context.Hits.Where(h => h.Entity is { Kind: EntityKind.Event }).ToList();
        if (events.Count == 0)
        {
            return;
        }

        foreach (var item in events)
        {
            ListedBodies(context, item);
        }

        Speakers(context, events);

        var text = context.Text;
        foreach (var (start, end) in TextSegments.Split(text, context.Segment.BodyStart, context.End, clauses: false))
        {
            context.Checkpoint(start);
            var sentence = text[start..end];
            if (!Verbs.Any(v => sentence.Contains(v, StringComparison.Ordinal)))
            {
                continue;
            }

            var people = context.Index.In(start, end, EntityKind.Person).ToList();
            if (people.Count == 0 || Occasion(context, events, start, end) is not { } occasion)
            {
                continue;
            }

            foreach (var person in people)
            {
                context.Relate(RelationType.ParticipatedIn, person.Entity!, occasion, start, end);
            }
        }
    }

    /// <summary>"举行某吹风会，A、B和C等部门有关负责人出席": each body of the list that opens the next clause, when officials follow it.</summary>
    private static void ListedBodies(ArticleContext context, Hit item)
    {
        var text = context.Text;
        var at = item.End;
        at += at < context.End && text[at] is '，' or ',' ? 1 : 0;
        var bodies = new List<Hit>();
        while (context.Index.StartingAt(at, EntityKind.Organization) is { } body)
        {
            bodies.Add(body);
            at = body.End;
            if (at < context.End && text[at] is '、' or '和' or '及')
            {
                at++;
            }
        }

        if (bodies.Count > 0 && Officials().Match(text, at, Math.Min(MaxOfficialsPhrase, context.End - at)) is { Success: true, Index: var found } && found == at)
        {
            var (start, end) = TextSegments.Sentence(text, item.Start, context.Start, context.End);
            foreach (var body in bodies)
            {
                context.Relate(RelationType.ParticipatedIn, body.Entity!, item.Entity!, start, end);
            }
        }
    }

    private static readonly string[] BriefingWords = ["发布会", "吹风会", "通气会", "见面会"];

    /// <summary>The longest paragraph opening (body and post) before a speaker's name and colon.</summary>
    private const int MaxSpeakerOpening = 40;

    /// <summary>
    /// "某部副部长某某：…" opening a paragraph after a briefing is named: the speaker took part in the latest briefing before.
    /// Each person hit is checked once, looking back at most <see cref="MaxSpeakerOpening"/> characters.
    /// </summary>
    private static void Speakers(ArticleContext context, List<Hit> events)
    {
        var briefings = events.Where(e => BriefingWords.Any(w => e.Entity!.Name.EndsWith(w, StringComparison.Ordinal))).ToList();
        if (briefings.Count == 0)
        {
            return;
        }

        var text = context.Text;
        foreach (var person in context.Hits.Where(h => h.Entity is { Kind: EntityKind.Person }))
        {
            if (person.End >= context.End || text[person.End] is not ('：' or ':') || !OpensParagraph(text, person.Start, context.Start)
                || briefings.LastOrDefault(b => b.End <= person.Start) is not { } briefing)
            {
                continue;
            }

            var (start, end) = TextSegments.Sentence(text, person.Start, context.Start, context.End);
            context.Relate(RelationType.ParticipatedIn, person.Entity!, briefing.Entity!, start, end);
        }
    }

    /// <summary>Whether only a paragraph's opening words (no end of sentence) stand between the line start and <paramref name="at"/>.</summary>
    private static bool OpensParagraph(string text, int at, int min)
    {
        for (var i = at - 1; i >= Math.Max(min, at - MaxSpeakerOpening); i--)
        {
            switch (text[i])
            {
                case '\n':
                    return true;
                case '。' or '！' or '？' or '；' or '：' or ':' or '，':
                    return false;
            }
        }

        return at == min;
    }

    private const int MaxOfficialsPhrase = 12;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:等[\u4e00-\u9fff]{0,4}?)?(?:有关|相关)?(?:负责人|负责同志|领导)")]
    private static partial System.Text.RegularExpressions.Regex Officials();

    private static EntityRef? Occasion(ArticleContext context, List<Hit> events, int start, int end)
    {
        if (context.Index.In(start, end, EntityKind.Event).FirstOrDefault() is { } named)
        {
            return named.Entity;
        }

        var sentence = context.Text[start..end];
        foreach (var word in EventWords)
        {
            if (sentence.Contains(word, StringComparison.Ordinal)
                && events.LastOrDefault(e => e.End <= start && e.Entity!.Name.EndsWith(word, StringComparison.Ordinal)) is { } earlier)
            {
                return earlier.Entity;
            }
        }

        return events[0].Entity;
    }
}
