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
    private readonly int[] _starts;
    private readonly Dictionary<int, Hit> _byStart = [];
    private readonly Dictionary<int, Hit> _byEnd = [];
    private readonly Dictionary<EntityKind, (int[] Ends, Hit[] Hits)> _byKind;
    private readonly Dictionary<EntityKind, (int[] Ends, Hit[] Hits)> _allByKind;

    public HitIndex(List<Hit> hits, IEnumerable<Hit> innerHits)
    {
        _hits = hits;
        _starts = [.. hits.Select(h => h.Start)];
        foreach (var hit in hits)
        {
            _byStart.TryAdd(hit.Start, hit);
            _byEnd.TryAdd(hit.End, hit);
        }

        _byKind = ByKind(hits);
        _allByKind = ByKind(hits.Concat(innerHits));
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
        _byStart.GetValueOrDefault(start) is { } hit && (kinds.Length == 0 || kinds.Contains(hit.Entity!.Kind)) ? hit : null;

    /// <summary>The accepted hit ending exactly at <paramref name="end"/>, if it is of one of the kinds.</summary>
    public Hit? EndingAt(int end, params EntityKind[] kinds) =>
        _byEnd.GetValueOrDefault(end) is { } hit && (kinds.Length == 0 || kinds.Contains(hit.Entity!.Kind)) ? hit : null;

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
    public Hit? LastBefore(int position, int minStart, params EntityKind[] kinds) => Last(_byKind, position, minStart, kinds);

    /// <summary>As <see cref="LastBefore"/>, over the inner hits too (the later start on a tie).</summary>
    public Hit? LastBeforeWithInner(int position, int minStart, params EntityKind[] kinds) => Last(_allByKind, position, minStart, kinds);

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
        _allByKind.TryGetValue(kind, out var list) && LowerBound(list.Ends, end) is var at && at < list.Ends.Length && list.Ends[at] == end;

    private static Dictionary<EntityKind, (int[] Ends, Hit[] Hits)> ByKind(IEnumerable<Hit> hits)
    {
        var byKind = new Dictionary<EntityKind, (int[] Ends, Hit[] Hits)>();
        foreach (var group in hits.Where(h => h.Entity is not null).GroupBy(h => h.Entity!.Kind))
        {
            var sorted = group.OrderBy(h => h.End).ThenBy(h => h.Start).ToArray();
            byKind[group.Key] = ([.. sorted.Select(h => h.End)], sorted);
        }

        return byKind;
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
