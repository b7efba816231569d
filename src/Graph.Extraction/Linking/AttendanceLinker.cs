using Graph.Domain.Model;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Linking;

/// <summary>
/// PARTICIPATED_IN for the people a sentence says took part in an event: they attended, chaired, spoke, announced or
/// witnessed (出席, 主持, 致辞, 宣布, 见证, 到场) or spoke at it (在发布会上介绍). The event is the one the sentence names, or
/// the earlier event a bare word refers to (发布会, 仪式, 通气会), or the article's first event.
/// </summary>
internal static class AttendanceLinker
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
