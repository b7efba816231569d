namespace Graph.Extraction.Recognition;

/// <summary>Keeps the longest of overlapping candidates (then the higher priority, then the earlier), so each character names at most one thing.</summary>
internal static class HitResolver
{
    public static List<Hit> Resolve(IReadOnlyList<Hit> candidates, int start, int end)
    {
        var taken = new bool[end - start];
        var ordered = candidates
            .Where(c => c.Start >= start && c.End <= end && c.Length > 0)
            .OrderByDescending(c => c.Length)
            .ThenByDescending(c => c.Priority)
            .ThenBy(c => c.Start);
        var kept = new List<Hit>();
        foreach (var candidate in ordered)
        {
            if (IsFree(taken, candidate.Start - start, candidate.End - start))
            {
                Array.Fill(taken, true, candidate.Start - start, candidate.Length);
                if (candidate.Entity is not null)
                {
                    kept.Add(candidate);
                }
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static bool IsFree(bool[] taken, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (taken[i])
            {
                return false;
            }
        }

        return true;
    }
}
