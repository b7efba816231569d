namespace Graph.Storage.Sqlite.Sql;

/// <summary>Where an entity list resumes: at the start, after a row with a sort key, or after an undated row (date orders).</summary>
internal enum EntityListAfter
{
    Start,
    Keyed,
    Undated,
}
