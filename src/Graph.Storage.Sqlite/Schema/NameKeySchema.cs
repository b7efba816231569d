namespace Graph.Storage.Sqlite.Schema;

/// <summary>
/// Schema version 6: <c>entities.name_key</c>, the pinyin sort key of the name (<see cref="Graph.Domain.Store.NameSortKey"/>),
/// indexed with the kind like the name, and <c>entity_counts</c>, the number of entities of each kind kept by triggers.
/// </summary>
internal static class NameKeySchema
{
    // Why: NAME_PINYIN_ASC pages by an index range as NAME_ASC does, instead of sorting a kind. The key is computed by ICU
    // in .NET, which SQL cannot call, so rows written before this step get theirs from NameKeyBackfill at start-up.
    // totalCount of an unfiltered list is one row of entity_counts rather than a count of the kind's index entries
    // (280,000 companies in the 1M bench graph). Entities never change kind (it is part of their ID), so insert and delete
    // are the only triggers needed.
    public const string Sql = """
        ALTER TABLE entities ADD COLUMN name_key TEXT;
        CREATE INDEX entities_by_kind_name_key ON entities (kind, name_key, id);
        CREATE TABLE entity_counts (
            kind  TEXT NOT NULL PRIMARY KEY,
            count INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO entity_counts (kind, count) SELECT kind, count(*) FROM entities GROUP BY kind;
        CREATE TRIGGER entity_counts_insert AFTER INSERT ON entities BEGIN
            INSERT INTO entity_counts (kind, count) VALUES (new.kind, 1)
            ON CONFLICT (kind) DO UPDATE SET count = count + 1;
        END;
        CREATE TRIGGER entity_counts_delete AFTER DELETE ON entities BEGIN
            UPDATE entity_counts SET count = count - 1 WHERE kind = old.kind;
        END;
        """;
}
