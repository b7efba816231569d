namespace Graph.Storage.Sqlite.Schema;

/// <summary>
/// Every schema step in order. Never edit a step that has shipped: append a new one, so a database at any version
/// reaches the latest by running the steps after its <c>user_version</c>.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "Entities, relations, observations, provenance and the search index", InitialSchema.Sql),
        new(2, "Relation indexes keyed by end and relation ID, so per-entity caps read only what they return", RelationOrderSchema.Sql),
        new(3, "Gram postings ordered by term length and an index of terms, so search reads its best hits first", SearchLengthSchema.Sql),
        new(4, "Observations keep the period as written when its year could not be resolved", UnresolvedPeriodSchema.Sql),
        new(5, "Documents may keep their text", DocumentTextSchema.Sql),
        new(6, "A pinyin sort key per entity and exact counts per kind, both indexed", NameKeySchema.Sql),
        new(7, "Relation indexes hold every column of a relation, so per-entity relation reads never touch the table", CoveringRelationSchema.Sql),
        new(8, "Entity counts per kind kept by each batch and retraction rather than by a trigger per row", KindCountSchema.Sql),
        new(9, "Relations, observations and documents numbered in insertion order and mentions keyed by those numbers, so a document's new rows append", NumberedFactSchema.Sql),
    ];

    public static int Latest => All[^1].Version;
}
