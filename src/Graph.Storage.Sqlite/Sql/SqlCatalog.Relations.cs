using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>
/// The relation reads. <see cref="RelationsOfAnchors"/> serves <see cref="IGraphReader.GetRelationsAsync"/>: for each anchor
/// a scalar subquery walks the (end, id) indexes to the anchor's N-th relation (for BOTH, over both sides merged in ID
/// order) and each side reads its index range up to that ID, so an anchor costs at most 2N index entries per side however
/// many relations it has (a hub such as 中国 has hundreds of thousands), and no window function or sort of the anchor's
/// relations is needed. The indexes hold every column of a relation (schema version 7), so neither read touches the table.
/// <see cref="Expansion"/> serves <see cref="IGraphReader.GetStepsAsync"/> from the same indexes.
/// </summary>
internal static partial class SqlCatalog
{
    /// <summary>
    /// A parameter value, not a statement: sorts after every relation ID (IDs are ASCII), so "up to the N-th" reads all of
    /// a short list.
    /// </summary>
    public static string PastLastId => "\U0010FFFF";

    /// <summary>
    /// A parameter value, not a statement: sorts before every relation ID (none is empty), so "back to the N-th from the end"
    /// reads all of a short list.
    /// </summary>
    public static string BeforeFirstId => string.Empty;

    /// <summary>
    /// Each anchor's relations between the cursors of <paramref name="window"/>: forward, up to the anchor's N-th relation
    /// ID; backward (a page from the end), down to its N-th from the end, walking the same indexes backward, with each
    /// anchor's rows last relation first. <c>$past</c> is <see cref="PastLastId"/> forward and <see cref="BeforeFirstId"/>
    /// backward.
    /// </summary>
    public static string RelationsOfAnchors(RelationDirection direction, bool typed, PageWindow window)
    {
        var filter = (typed ? " AND @.type IN (SELECT value FROM json_each($types))" : string.Empty) +
                     (window.After ? " AND @.id > $after" : string.Empty) + (window.Before ? " AND @.id < $before" : string.Empty);
        // The anchor's N-th relation ID (from the end when backward) over the sides asked for. For BOTH the two sides are
        // merged in ID order (each side is already in ID order in its index, either way, so the compound's ORDER BY is a
        // merge, not a sort) and the merge stops at N.
        var order = " ORDER BY 1 " + window.Direction(descending: false);
        var cutoff = direction switch
        {
            RelationDirection.Outgoing => CutoffSide("from_id", filter, string.Empty) + order,
            RelationDirection.Incoming => CutoffSide("to_id", filter, string.Empty) + order,
            RelationDirection.Both =>
                $"{CutoffSide("from_id", filter, string.Empty)} UNION ALL {CutoffSide("to_id", filter, " AND x.from_id <> a.anchor")}{order}",
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown relation direction."),
        };
        var upTo = (window.Backward ? ">= " : "<= ") + $"coalesce(({cutoff} LIMIT 1 OFFSET $first - 1), $past)";
        var rows = direction switch
        {
            // One side and some types: a hub may hold tens of thousands of relations and none of the types asked for (an
            // office's incoming relations, walked for who IMPLEMENTS it). The walk to the cut-off and the read up to it
            // then each cover the whole range; walking it once for the IDs of the first N matches, and reading those by
            // the same index, halves that. The index's key leads with (end, id), not the type, so the range itself stays.
            RelationDirection.Outgoing when typed => FirstOfSide("from_id", filter, window),
            RelationDirection.Incoming when typed => FirstOfSide("to_id", filter, window),
            RelationDirection.Outgoing => AnchorSide("from_id", filter, string.Empty, upTo),
            RelationDirection.Incoming => AnchorSide("to_id", filter, string.Empty, upTo),
            // A self-loop would come up on both sides; the incoming side leaves it to the outgoing one.
            RelationDirection.Both =>
                $"{AnchorSide("from_id", filter, string.Empty, upTo)} UNION ALL {AnchorSide("to_id", filter, " AND r.from_id <> a.anchor", upTo)}",
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown relation direction."),
        };
        return $"""
            WITH anchors (anchor) AS (SELECT DISTINCT value FROM json_each($anchors))
            {rows}
            ORDER BY 1, 2 {window.Direction(descending: false)}
            """;
    }

    // Every relation whose both ends are among the nodes, whichever way it points. The read walks each node's outgoing
    // relations: left to itself the planner walks the incoming ones, and a hub among the nodes (中国, with every LOCATED_IN
    // and MENTIONS pointing at it) then costs its whole in-degree. Relations point at hubs, rarely out of them. The index
    // holds the whole relation, so the read never touches the table.
    public static string RelationsAmong(bool typed) => $"""
        WITH n (id) AS (SELECT value FROM json_each($nodes))
        SELECT {RelationRows.Columns} FROM relations r INDEXED BY relations_by_from_id
        WHERE r.from_id IN (SELECT id FROM n) AND r.to_id IN (SELECT id FROM n){(typed ? " AND r.type IN (SELECT value FROM json_each($types))" : string.Empty)}
        ORDER BY r.id
        """;

    /// <summary>
    /// One breadth-first level: (anchor, other end, relation ID, side) of every relation touching the frontier. Each side is
    /// written <c>f CROSS JOIN relations</c>: the planner cannot see how few anchors the frontier holds and, left free, has
    /// chosen to scan all of relations_by_to_id against them (SQLite 3.53); CROSS JOIN fixes the frontier as the outer loop,
    /// so each anchor is one index range. With a cap, each side of an anchor stops one row past <c>$cap</c>.
    /// </summary>
    public static string Expansion(RelationDirection direction, bool typed, bool capped)
    {
        var typeFilter = typed ? " AND @.type IN (SELECT value FROM json_each($types))" : string.Empty;
        var outgoing = ExpansionSide("from_id", "to_id", 0, typeFilter, capped);
        var incoming = ExpansionSide("to_id", "from_id", 1, typeFilter, capped);
        var union = direction switch
        {
            RelationDirection.Outgoing => outgoing,
            RelationDirection.Incoming => incoming,
            RelationDirection.Both => $"{outgoing} UNION ALL {incoming}",
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown relation direction."),
        };
        return $"WITH f (anchor) AS (SELECT DISTINCT value FROM json_each($frontier)) {union}";
    }

    /// <summary>
    /// The relations at one end of each anchor up to (or back to) the ID in <paramref name="upTo"/>, read from that end's covering index
    /// alone (it holds every column of the relation); <paramref name="filter"/> has <c>@</c> for the table alias, since the
    /// same conditions apply to the walk to the cut-off and to the read.
    /// </summary>
    private static string AnchorSide(string end, string filter, string extra, string upTo) =>
        $"SELECT a.anchor, {RelationRows.Columns} FROM anchors a CROSS JOIN relations r INDEXED BY {IndexOf(end)} ON r.{end} = a.anchor " +
        $"WHERE r.id {upTo}{Alias(filter, "r")}{extra}";

    /// <summary>
    /// The first N relations at one end of each anchor that pass <paramref name="filter"/> (from the end when backward): one
    /// walk of the anchor's range of that end's covering index for their IDs, then each read from the same index by (end, id).
    /// </summary>
    private static string FirstOfSide(string end, string filter, PageWindow window) =>
        $"SELECT a.anchor, {RelationRows.Columns} FROM anchors a CROSS JOIN relations r INDEXED BY {IndexOf(end)} ON r.{end} = a.anchor " +
        $"WHERE r.id IN (SELECT x.id FROM relations x INDEXED BY {IndexOf(end)} WHERE x.{end} = a.anchor{Alias(filter, "x")} " +
        $"ORDER BY x.id {window.Direction(descending: false)} LIMIT $first)";

    private static string CutoffSide(string end, string filter, string extra) =>
        $"SELECT x.id FROM relations x INDEXED BY {IndexOf(end)} WHERE x.{end} = a.anchor{Alias(filter, "x")}{extra}";

    private static string IndexOf(string end) => end == "from_id" ? "relations_by_from_id" : "relations_by_to_id";

    private static string ExpansionSide(string end, string otherEnd, int side, string typeFilter, bool capped)
    {
        var index = end == "from_id" ? "relations_by_from_id" : "relations_by_to_id";
        var cut = capped
            ? $" AND r.id <= coalesce((SELECT x.id FROM relations x INDEXED BY {index} WHERE x.{end} = a.anchor" +
              $"{Alias(typeFilter, "x")} ORDER BY x.id LIMIT 1 OFFSET $cap), $past)"
            : string.Empty;
        return $"SELECT a.anchor, r.{otherEnd}, r.id, {side} FROM f a CROSS JOIN relations r INDEXED BY {index} ON r.{end} = a.anchor " +
               $"WHERE 1{Alias(typeFilter, "r")}{cut}";
    }

    private static string Alias(string filter, string alias) => filter.Replace("@.", alias + ".", StringComparison.Ordinal);

    /// <summary>
    /// How many relations <see cref="RelationsOfAnchors"/> pages through for each anchor: each side counts a range of its
    /// (end, id, type, other end) index; a self-loop is left to the outgoing side.
    /// </summary>
    public static string RelationCounts(RelationDirection direction, bool typed)
    {
        var types = typed ? " AND r.type IN (SELECT value FROM json_each($types))" : string.Empty;
        var outgoing = $"(SELECT count(*) FROM relations r INDEXED BY relations_by_from_id WHERE r.from_id = a.anchor{types})";
        var incoming = $"(SELECT count(*) FROM relations r INDEXED BY relations_by_to_id WHERE r.to_id = a.anchor{types}" +
                       (direction == RelationDirection.Both ? " AND r.from_id <> a.anchor)" : ")");
        var total = direction switch
        {
            RelationDirection.Outgoing => outgoing,
            RelationDirection.Incoming => incoming,
            RelationDirection.Both => $"{outgoing} + {incoming}",
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown relation direction."),
        };
        return $"SELECT a.anchor, {total} FROM (SELECT DISTINCT value AS anchor FROM json_each($anchors)) a";
    }
}
