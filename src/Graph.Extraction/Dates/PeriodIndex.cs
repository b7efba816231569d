using Graph.Extraction.Recognition;

namespace Graph.Extraction.Dates;

/// <summary>The periods named in an article, looked up by position in O(log n) rather than by a scan per figure.</summary>
internal sealed class PeriodIndex
{
    private readonly List<PeriodMention> _mentions;
    private readonly int[] _starts;
    private readonly Dictionary<int, PeriodMention> _byStart = [];
    private readonly PeriodMention[] _reported;
    private readonly int[] _reportedEnds;

    /// <param name="mentions">Sorted by start.</param>
    public PeriodIndex(List<PeriodMention> mentions)
    {
        _mentions = mentions;
        _starts = [.. mentions.Select(m => m.Start)];
        foreach (var mention in mentions)
        {
            _byStart.TryAdd(mention.Start, mention);
        }

        _reported = [.. mentions.Where(m => !m.IsComparisonBase).OrderBy(m => m.End).ThenBy(m => m.Start)];
        _reportedEnds = [.. _reported.Select(m => m.End)];
    }

    public IReadOnlyList<PeriodMention> All => _mentions;

    /// <summary>The period mention starting exactly at <paramref name="start"/>.</summary>
    public PeriodMention? StartingAt(int start) => _byStart.GetValueOrDefault(start);

    /// <summary>The last reported period (not the base of a comparison) that ends at or before <paramref name="position"/>.</summary>
    public PeriodMention? LastReportedBefore(int position) =>
        HitIndex.LowerBound(_reportedEnds, position + 1) - 1 is var at and >= 0 ? _reported[at] : null;

    /// <summary>The mentions inside [start, end), in text order.</summary>
    public IEnumerable<PeriodMention> In(int start, int end)
    {
        for (var i = HitIndex.LowerBound(_starts, start); i < _mentions.Count && _mentions[i].Start < end; i++)
        {
            if (_mentions[i].End <= end)
            {
                yield return _mentions[i];
            }
        }
    }
}
