namespace Graph.Storage.Sqlite.Schema;

/// <summary>
/// Schema version 2: the relation indexes are keyed by (end, relation ID) instead of (end, type, other end).
/// </summary>
internal static class RelationOrderSchema
{
    // Why: every read of "the relations of these entities" is capped per entity (GetRelationsAsync's FirstPerEntity, the
    // neighborhood's node limit, Graph.Analytics' fan-out) and the contract orders each entity's relations by ID. With the
    // ID right after the end, the first N of a hub with 500,000 relations are N index entries; under (end, type, other end)
    // they were a sort of all 500,000. Type and other end stay in the index, so expansion and type filters remain
    // index-only; a type filter on a hub now walks the hub's entries instead of seeking, which costs far less than the
    // sort it replaces. The old indexes go, so a bulk load maintains the same number of B-trees as before.
    public const string Sql = """
        DROP INDEX relations_by_from;
        DROP INDEX relations_by_to;
        CREATE INDEX relations_by_from_id ON relations (from_id, id, type, to_id);
        CREATE INDEX relations_by_to_id ON relations (to_id, id, type, from_id);
        """;
}
