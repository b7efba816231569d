using Graph.Domain.Identity;
using Graph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Mapping;

/// <summary>Reads entities from rows selected with <see cref="Columns"/>.</summary>
internal static class EntityRows
{
    /// <summary>The entity columns, aliased <c>e</c>, in the order <see cref="Read"/> expects.</summary>
    public const string Columns = "e.id, e.kind, e.name, e.aliases, e.subtype, e.start_date, e.end_date, e.attributes";

    public static Entity Read(SqliteDataReader reader, int first = 0) => FromColumns(
        reader.GetString(first),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetString(first + 3),
        NullableText(reader, first + 4),
        NullableText(reader, first + 5),
        NullableText(reader, first + 6),
        NullableText(reader, first + 7));

    /// <summary>
    /// The row of an entity as stored, its JSON columns unparsed: the entity number at <paramref name="first"/>, then
    /// <see cref="Columns"/>.
    /// </summary>
    public static StoredEntityRow ReadStored(SqliteDataReader reader, int first = 0) => new(
        reader.GetInt64(first),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetString(first + 3),
        reader.GetString(first + 4),
        NullableText(reader, first + 5),
        NullableText(reader, first + 6),
        NullableText(reader, first + 7),
        NullableText(reader, first + 8));

    /// <summary>The entity of one row's <see cref="Columns"/> as stored.</summary>
    public static Entity FromColumns(
        string id, string kind, string name, string aliases, string? subtype, string? startDate, string? endDate, string? attributes) =>
        new(
            new EntityId(id),
            Enum.Parse<EntityKind>(kind),
            name,
            JsonColumns.ReadArray(aliases),
            subtype,
            startDate is null ? null : ScalarColumns.ParseDate(startDate),
            endDate is null ? null : ScalarColumns.ParseDate(endDate),
            JsonColumns.ReadMap(attributes));

    private static string? NullableText(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
