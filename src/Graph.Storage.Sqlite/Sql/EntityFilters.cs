namespace Graph.Storage.Sqlite.Sql;

/// <summary>Which optional filters an entity list has; each adds one fixed condition.</summary>
internal sealed record EntityFilters(bool Subtype, bool Name, bool Place, bool From, bool To)
{
    public string Label =>
        string.Join('-', new[] { (Subtype, "subtype"), (Name, "name"), (Place, "place"), (From, "from"), (To, "to") }
            .Where(f => f.Item1).Select(f => f.Item2).DefaultIfEmpty("all"));

    public string Where()
    {
        var filters = "e.kind = $kind";
        if (Subtype)
        {
            filters += " AND e.subtype = $subtype";
        }

        if (Name)
        {
            // search_terms holds the canonical (upper-cased, NFKC) name and aliases, which makes this case-insensitive.
            filters += " AND EXISTS (SELECT 1 FROM search_terms t WHERE t.entity_no = e.entity_no AND instr(t.term, $needle) > 0)";
        }

        if (Place)
        {
            filters += " AND e.id IN (SELECT l.from_id FROM relations l WHERE l.to_id = $place AND l.type IN ($locatedIn, $heldIn))";
        }

        if (From)
        {
            // An entity without an end date lasts its start day.
            filters += " AND coalesce(e.end_date, e.start_date) >= $from";
        }

        if (To)
        {
            filters += " AND e.start_date <= $to";
        }

        return filters;
    }
}
