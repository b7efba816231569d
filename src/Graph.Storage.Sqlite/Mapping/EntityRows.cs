using Graph.Domain.Identity;
using Graph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Mapping;

/// <summary>Reads entities from rows selected with <see cref="Columns"/>.</summary>
internal static class EntityRows
{
    /// <summary>The entity columns, aliased <c>e</c>, in the order <see cref="Read"/> expects.</summary>
    public const string Columns = "e.id, e.kind, e.name, e.aliases, e.subtype, e.start_date, e.end_date, e.attributes";

    public static Entity Read(SqliteDataReader reader, int first = 0) => new(
        new EntityId(reader.GetString(first)),
        Enum.Parse<EntityKind>(reader.GetString(first + 1)),
        reader.GetString(first + 2),
        JsonColumns.ReadArray(reader.GetString(first + 3)),
        reader.IsDBNull(first + 4) ? null : reader.GetString(first + 4),
        reader.IsDBNull(first + 5) ? null : ScalarColumns.ParseDate(reader.GetString(first + 5)),
        reader.IsDBNull(first + 6) ? null : ScalarColumns.ParseDate(reader.GetString(first + 6)),
        JsonColumns.ReadMap(reader.IsDBNull(first + 7) ? null : reader.GetString(first + 7)));
}
