using Graph.Domain.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Position lookups over an article's accepted names, each in O(log n): the linkers and figure patterns ask "the last
/// organization before here", "the name starting here", "the names inside this clause" once per name or clause, and a scan
/// of every hit for each would make an article of n names cost n² (issue 14: a 2.5M-character line ran for 14 minutes).
/// </summary>
/// <remarks>
/// <see cref="ArticleContext.Hits"/> never overlap, so sorted by start they are sorted by end too; the inner hits (the city
/// inside a company name) do overlap them, so the per-kind lists, which serve both, are sorted by end on their own.
/// </remarks>
internal sealed class HitIndex
{
    private readonly List<Hit> _hits;
    private readonly IReadOnlyList<Hit> _innerHits;
    private readonly int[] _starts;

    // Built on first use: an index is rebuilt whenever the hits change, and most builds answer only one kind of question.
    private Dictionary<int, Hit>? _byStart;
    private Dictionary<int, Hit>? _byEnd;
    private Dictionary<EntityKind, (int[] Ends, Hit[] Hits)>? _byKind;
    private Dictionary<EntityKind, (int[] Ends, Hit[] Hits)>? _allByKind;

    public HitIndex(List<Hit> hits, IReadOnlyList<Hit> innerHits)
    {
        _hits = hits;
        _innerHits = innerHits;
        _starts = new int[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            _starts[i] = hits[i].Start;
        }
    }

    private Dictionary<int, Hit> ByStart => _byStart ??= FirstBy(_hits, static h => h.Start);

    private Dictionary<int, Hit> ByEnd => _byEnd ??= FirstBy(_hits, static h => h.End);

    private Dictionary<EntityKind, (int[] Ends, Hit[] Hits)> KindLists => _byKind ??= ByKind(_hits, []);

    private Dictionary<EntityKind, (int[] Ends, Hit[] Hits)> AllKindLists => _allByKind ??= ByKind(_hits, _innerHits);

    private static Dictionary<int, Hit> FirstBy(List<Hit> hits, Func<Hit, int> position)
    {
        var first = new Dictionary<int, Hit>(hits.Count);
        foreach (var hit in hits)
        {
            first.TryAdd(position(hit), hit);
        }

        return first;
    }

    /// <summary>Accepted hits inside [start, end), in text order, optionally of the given kinds.</summary>
    public IEnumerable<Hit> In(int start, int end, params EntityKind[] kinds)
    {
        for (var i = LowerBound(_starts, start); i < _hits.Count && _hits[i].Start < end; i++)
        {
            var hit = _hits[i];
            if (hit.End <= end && (kinds.Length == 0 || kinds.Contains(hit.Entity!.Kind)))
            {
                yield return hit;
            }
        }
    }

    /// <summary>The accepted hit starting exactly at <paramref name="start"/>, if it is of one of the kinds.</summary>
    public Hit? StartingAt(int start, params EntityKind[] kinds) =>
        ByStart.GetValueOrDefault(start) is { } hit && (kinds.Length == 0 || kinds.Contains(hit.Entity!.Kind)) ? hit : null;

    /// <summary>The accepted hit ending exactly at <paramref name="end"/>, if it is of one of the kinds.</summary>
    public Hit? EndingAt(int end, params EntityKind[] kinds) =>
        ByEnd.GetValueOrDefault(end) is { } hit && (kinds.Length == 0 || kinds.Contains(hit.Entity!.Kind)) ? hit : null;

    /// <summary>The accepted hit that covers <paramref name="position"/>, or null.</summary>
    public Hit? Covering(int position)
    {
        var at = LowerBound(_starts, position + 1) - 1;
        return at >= 0 && _hits[at].End > position ? _hits[at] : null;
    }

    /// <summary>
    /// Of the accepted hits of the given kinds that end at or before <paramref name="position"/> and start at or after
    /// <paramref name="minStart"/>, the one ending last, or null.
    /// </summary>
    public Hit? LastBefore(int position, int minStart, params EntityKind[] kinds) => Last(KindLists, position, minStart, kinds);

    /// <summary>As <see cref="LastBefore"/>, over the inner hits too (the later start on a tie).</summary>
    public Hit? LastBeforeWithInner(int position, int minStart, params EntityKind[] kinds) => Last(AllKindLists, position, minStart, kinds);

    private static Hit? Last(Dictionary<EntityKind, (int[] Ends, Hit[] Hits)> byKind, int position, int minStart, EntityKind[] kinds)
    {
        Hit? best = null;
        foreach (var kind in kinds)
        {
            if (!byKind.TryGetValue(kind, out var list))
            {
                continue;
            }

            var at = LowerBound(list.Ends, position + 1) - 1;
            if (at >= 0 && list.Hits[at] is var hit && hit.Start >= minStart
                && (best is null || hit.End > best.End || (hit.End == best.End && hit.Start > best.Start)))
            {
                best = hit;
            }
        }

        return best;
    }

    /// <summary>True when some hit (accepted or inner) of the kind ends exactly at <paramref name="end"/>.</summary>
    public bool AnyEndingAt(int end, EntityKind kind) =>
        AllKindLists.TryGetValue(kind, out var list) && LowerBound(list.Ends, end) is var at && at < list.Ends.Length && list.Ends[at] == end;

    /// <summary>
    /// Per kind, the hits then the inner hits sorted by end, then start, then the order given (what a stable sort by end then
    /// start gives), with their ends.
    /// </summary>
    private static Dictionary<EntityKind, (int[] Ends, Hit[] Hits)> ByKind(List<Hit> hits, IReadOnlyList<Hit> innerHits)
    {
        var groups = new Dictionary<EntityKind, List<(Hit Hit, int Order)>>();
        var order = 0;
        foreach (var hit in hits)
        {
            AddTo(groups, hit, order++);
        }

        foreach (var hit in innerHits)
        {
            AddTo(groups, hit, order++);
        }

        var byKind = new Dictionary<EntityKind, (int[] Ends, Hit[] Hits)>(groups.Count);
        foreach (var (kind, group) in groups)
        {
            group.Sort(static (a, b) =>
                a.Hit.End != b.Hit.End ? a.Hit.End.CompareTo(b.Hit.End)
                : a.Hit.Start != b.Hit.Start ? a.Hit.Start.CompareTo(b.Hit.Start)
                : a.Order.CompareTo(b.Order));
            var ends = new int[group.Count];
            var sorted = new Hit[group.Count];
            for (var i = 0; i < group.Count; i++)
            {
                (ends[i], sorted[i]) = (group[i].Hit.End, group[i].Hit);
            }

            byKind[kind] = (ends, sorted);
        }

        return byKind;
    }

    private static void AddTo(Dictionary<EntityKind, List<(Hit Hit, int Order)>> groups, Hit hit, int order)
    {
        if (hit.Entity is { } entity)
        {
            if (!groups.TryGetValue(entity.Kind, out var group))
            {
                groups[entity.Kind] = group = [];
            }

            group.Add((hit, order));
        }
    }

    /// <summary>The first index whose value is at least <paramref name="value"/>.</summary>
    internal static int LowerBound(int[] values, int value)
    {
        var (low, high) = (0, values.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (values[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
