using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Short names an article gives its events and finds again: "第9届中国数字贸易博览会（数贸会）", "第七届中国智能产业博览会
/// （以下简称“智博会”）". Later "数贸会", "本届数贸会" and "第9届数贸会" are that event; "第8届数贸会" is another
/// edition of it, named after the full name (第8届中国数字贸易博览会). An event named by the tail of another event's name
/// (投产仪式 after 某某项目投产仪式, 本届茶博会 after 第五届茶博会) is that event, when only one event ends that way.
/// </summary>
internal static partial class EventAliasRecognizer
{
    private const int MinShortName = 2;
    private const int MaxShortName = 8;

    public static void Recognize(ArticleContext context)
    {
        Tails(context);
        var text = context.Text;
        var shortNames = new List<(string Short, Hit Event)>();
        foreach (var hit in context.Hits.Where(h => h.Entity is { Kind: EntityKind.Event }))
        {
            var match = ShortNameAfter().Match(text, hit.End, Math.Min(MaxShortName + 12, context.End - hit.End));
            if (match.Success && match.Index == hit.End)
            {
                shortNames.Add((match.Groups["short"].Value, hit));
            }
        }

        if (shortNames.Count == 0)
        {
            return;
        }

        var taken = new bool[context.End - context.Start];
        foreach (var hit in context.Hits)
        {
            Array.Fill(taken, true, hit.Start - context.Start, hit.Length);
        }

        var added = new List<Hit>();
        foreach (var (shortName, owner) in shortNames)
        {
            var edition = Edition().Match(owner.Entity!.Name);
            for (var at = context.Find(shortName, context.Start); at >= 0; at = context.Find(shortName, at + shortName.Length))
            {
                context.Checkpoint(at);
                var mention = Edition().Match(text, Math.Max(context.Start, at - 6), at - Math.Max(context.Start, at - 6));
                var start = mention.Success && mention.Index + mention.Length == at ? mention.Index : at;
                var end = at + shortName.Length;
                if (Array.IndexOf(taken, true, start - context.Start, end - start) >= 0)
                {
                    continue;
                }

                var entity = owner.Entity!;
                if (mention.Success && start < at && edition.Success && edition.Index == 0 && mention.Groups["n"].Value != edition.Groups["n"].Value)
                {
                    // Another edition of the same series: named after the full name with its own number.
                    entity = EntityRef.Named(EntityKind.Event, mention.Value + owner.Entity!.Name[edition.Length..]);
                }

                added.Add(new Hit(entity, start, end, Hit.PatternPriority));
                Array.Fill(taken, true, start - context.Start, end - start);
            }
        }

        context.Hits.AddRange(added);
        context.Hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        context.HitsChanged();
    }

    /// <summary>Re-points each event hit whose name, without a leading 本次/本届/此次, ends exactly one longer event name of the article.</summary>
    private static void Tails(ArticleContext context)
    {
        var events = context.Hits.Where(h => h.Entity is { Kind: EntityKind.Event }).Select(h => h.Entity!).Distinct().ToList();
        if (events.Count < 2)
        {
            return;
        }

        // Each event's owner is looked up once, not once per mention: a long article names its events thousands of times.
        var ownerOf = new Dictionary<EntityRef, EntityRef?>();
        var changed = false;
        for (var i = 0; i < context.Hits.Count; i++)
        {
            context.Checkpoint(i);
            if (context.Hits[i].Entity is not { Kind: EntityKind.Event } entity)
            {
                continue;
            }

            if (!ownerOf.TryGetValue(entity, out var owner))
            {
                var tail = WithoutDeterminer(entity.Name);
                var owners = events.Where(e => e != entity && e.Name.Length > tail.Length && e.Name.EndsWith(tail, StringComparison.Ordinal)).Take(2).ToList();
                ownerOf[entity] = owner = owners.Count == 1 ? owners[0] : null;
            }

            if (owner is not null)
            {
                context.Hits[i] = context.Hits[i] with { Entity = owner };
                changed = true;
            }
        }

        if (changed)
        {
            context.HitsChanged();
        }
    }

    private static string WithoutDeterminer(string name)
    {
        foreach (var determiner in Determiners)
        {
            if (name.StartsWith(determiner, StringComparison.Ordinal) && name.Length > determiner.Length + MinShortName)
            {
                return name[determiner.Length..];
            }
        }

        return name;
    }

    private static readonly string[] Determiners = [.. Words.EventReferences, "该次"];

    // （数贸会）, （以下简称“智博会”）, （简称“智博会”）
    [GeneratedRegex(@"\G（(?:以下)?(?:简称)?[“‘]?(?<short>[\u4e00-\u9fffA-Za-z0-9]{2,8})[”’]?）")]
    private static partial Regex ShortNameAfter();

    [GeneratedRegex(@"第(?<n>[0-9]{1,3}|[一二三四五六七八九十百]{1,4})届")]
    private static partial Regex Edition();
}
