namespace Graph.Storage.Sqlite.Schema;

/// <summary>
/// Schema version 7: the relation indexes carry the properties too, so they hold every column of a relation.
/// </summary>
internal static class CoveringRelationSchema
{
    // Why: an entity's first N relations (the relations connection, the per-kind fields) were found on the index and then
    // looked up one by one in the table for their properties: N B-tree descents for a column that is NULL on most
    // relations. With the properties in the index the read is one range scan per side. The key stays (end, id, type, other
    // end), the order every capped per-entity read and every traversal level walks; the names stay, so the statements that
    // name them (INDEXED BY) are unchanged.
    public const string Sql = """
        DROP INDEX relations_by_from_id;
        DROP INDEX relations_by_to_id;
        CREATE INDEX relations_by_from_id ON relations (from_id, id, type, to_id, properties);
        CREATE INDEX relations_by_to_id ON relations (to_id, id, type, from_id, properties);
        """;
}
