namespace Graph.Storage.Sqlite.Schema;

/// <summary>
/// Schema version 8: <c>entity_counts</c> is kept by the writes themselves (one statement per batch and per retraction)
/// instead of by row triggers.
/// </summary>
internal static class KindCountSchema
{
    // Why: the insert trigger ran a sub-program and an upsert of entity_counts for every entity row, 8.7 µs a row (1.7 of
    // the 2.3 s SQLite spent inserting 200,000 entities), about 9 s of a 1M-entity load. BatchUpsert adds a batch's new
    // entities per kind in one statement (SqlCatalog.AddKindCounts) and the retraction subtracts its orphans per kind before
    // it deletes them (SqlCatalog.RetractOrphans), inside the same transactions, so the counts stay exact. The counts the
    // triggers kept until now are exact and stay as they are.
    public const string Sql = """
        DROP TRIGGER entity_counts_insert;
        DROP TRIGGER entity_counts_delete;
        """;
}
