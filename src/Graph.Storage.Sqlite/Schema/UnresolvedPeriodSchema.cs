namespace Graph.Storage.Sqlite.Schema;

/// <summary>Schema version 4: an observation may carry the period as written when its year could not be resolved.</summary>
internal static class UnresolvedPeriodSchema
{
    // NULL for every observation written before: their periods were all resolved (unresolved figures used to be dropped).
    public const string Sql = """
        ALTER TABLE observations ADD COLUMN unresolved_period TEXT;
        """;
}
