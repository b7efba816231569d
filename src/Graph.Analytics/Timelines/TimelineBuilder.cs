using Graph.Analytics.Traversal;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics.Timelines;

/// <summary>
/// timeline: one store call for the entity's PARTICIPATED_IN, HELD_IN, IMPLEMENTS and MENTIONS relations (bounded), one for
/// the entities at their other ends; events and articles are kept, filtered by date and sorted.
/// </summary>
internal sealed class TimelineBuilder(IGraphReader store, AnalyticsOptions options)
{
    private static readonly IReadOnlyCollection<RelationType> Types =
        [RelationType.ParticipatedIn, RelationType.HeldIn, RelationType.Implements, RelationType.Mentions];

    public async Task<Timeline?> BuildAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query.First));
        var level = await Expansion
            .ExpandAsync(store, [query.Entity], RelationDirection.Both, Types, options.MaxNeighbors, cancellationToken)
            .ConfigureAwait(false);
        var relations = level.Of(query.Entity);
        var entities = await Entities.LoadAsync(store, [query.Entity, .. relations.Select(r => r.Other)], cancellationToken)
            .ConfigureAwait(false);
        if (!entities.TryGetValue(query.Entity, out var subject))
        {
            return null;
        }

        var entries = new List<TimelineEntry>();
        var seen = new HashSet<Domain.Identity.EntityId>();
        foreach (var relation in relations)
        {
            if (!entities.TryGetValue(relation.Other, out var item) || Kind(item, relation) is not { } kind || !seen.Add(item.Id))
            {
                continue;
            }

            var entry = new TimelineEntry(item.StartDate, item.EndDate, kind, item, relation.Relation);
            if (InRange(entry, query.From, query.To))
            {
                entries.Add(entry);
            }
        }

        var sorted = entries
            .OrderBy(e => e.Date is null)
            .ThenBy(e => e.Date)
            .ThenBy(e => e.Item.Id.Value, StringComparer.Ordinal)
            .ToList();
        return new Timeline(subject, sorted.Take(query.First).ToList(), sorted.Count > query.First, level.Capped);
    }

    // An article counts when it mentions the entity; an event whichever way the relation points.
    private static TimelineEntryKind? Kind(Entity item, AnchoredRelation relation) => item.Kind switch
    {
        EntityKind.Event => TimelineEntryKind.Event,
        EntityKind.Article when relation.Relation.Type == RelationType.Mentions && relation.Relation.From == item.Id =>
            TimelineEntryKind.Article,
        _ => null,
    };

    // An event overlaps the range; an undated entry is only kept when no range is asked for.
    private static bool InRange(TimelineEntry entry, DateOnly? from, DateOnly? to)
    {
        if (entry.Date is not { } start)
        {
            return from is null && to is null;
        }

        var end = entry.EndDate ?? start;
        return (from is null || end >= from) && (to is null || start <= to);
    }
}
