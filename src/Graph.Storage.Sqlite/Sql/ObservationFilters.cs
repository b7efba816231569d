namespace Graph.Storage.Sqlite.Sql;

/// <summary>Which optional filters an observation query has; each adds one fixed condition (period overlap for the dates; no targets keeps reported figures only).</summary>
/// <param name="Before">Only rows before the cursor bound as <c>$bsubject, $bindicator, $bstart, $bid</c>.</param>
internal sealed record ObservationFilters(bool Indicators, bool Subjects, bool From, bool To, bool After, bool NoTargets = false, bool Before = false)
{
    public string Name =>
        string.Join('-', new[] { (Indicators, "indicators"), (Subjects, "subjects"), (From, "from"), (To, "to"), (After, "after"), (NoTargets, "no-targets"), (Before, "before") }
            .Where(f => f.Item1).Select(f => f.Item2).DefaultIfEmpty("all"));

    public string Where()
    {
        var filters = "1";
        if (Indicators)
        {
            filters += " AND o.indicator_id IN (SELECT value FROM json_each($indicators))";
        }

        if (Subjects)
        {
            filters += " AND o.subject_id IN (SELECT value FROM json_each($subjects))";
        }

        // Overlap of [period_start, period_end] with [From, To]; either bound may be open.
        if (From)
        {
            filters += " AND o.period_end >= $from";
        }

        if (To)
        {
            filters += " AND o.period_start <= $to";
        }

        if (NoTargets)
        {
            filters += " AND o.is_target = 0";
        }

        if (After)
        {
            filters += " AND (o.subject_id, o.indicator_id, o.period_start, o.id) > ($subject, $indicator, $start, $id)";
        }

        if (Before)
        {
            filters += " AND (o.subject_id, o.indicator_id, o.period_start, o.id) < ($bsubject, $bindicator, $bstart, $bid)";
        }

        return filters;
    }
}
