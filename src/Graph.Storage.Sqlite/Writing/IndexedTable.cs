namespace Graph.Storage.Sqlite.Writing;

/// <summary>The tables a batch inserts into that carry secondary indexes (see <see cref="DeferredIndexes"/>).</summary>
internal enum IndexedTable
{
    Entities,
    SearchTerms,
    Relations,
    Observations,
}
