namespace Graph.Storage.Sqlite.Queries;

/// <summary>The tables whose rows are keyed by a text <c>id</c>.</summary>
internal enum KeyedTable
{
    Entities,
    Relations,
    Observations,
}
