using Graph.Domain.Identity;
using Graph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Mapping;

/// <summary>Reads relations from rows selected with <see cref="Columns"/>.</summary>
internal static class RelationRows
{
    /// <summary>The relation columns, aliased <c>r</c>, in the order <see cref="Read"/> expects.</summary>
    public const string Columns = "r.id, r.type, r.from_id, r.to_id, r.properties";

    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    public static Relation Read(SqliteDataReader reader, int first = 0) => new(
        new RelationId(reader.GetString(first)),
        RelationTypes.Parse(reader.GetString(first + 1)),
        new EntityId(reader.GetString(first + 2)),
        new EntityId(reader.GetString(first + 3)),
        reader.IsDBNull(first + 4) ? NoProperties : JsonColumns.ReadMap(reader.GetString(first + 4)) ?? NoProperties);
}
