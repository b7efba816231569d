using Graph.Domain.Identity;
using Graph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Mapping;

/// <summary>Reads observations from rows selected with <see cref="Columns"/>.</summary>
internal static class ObservationRows
{
    /// <summary>The observation columns, aliased <c>o</c>, in the order <see cref="Read"/> expects.</summary>
    public const string Columns =
        "o.id, o.indicator_id, o.subject_id, o.value, o.unit, o.normalized_value, o.base_unit, " +
        "o.period_start, o.period_end, o.yoy_pct, o.article_id, o.is_target, o.unresolved_period";

    public static Observation Read(SqliteDataReader reader) => new(
        new ObservationId(reader.GetString(0)),
        new EntityId(reader.GetString(1)),
        new EntityId(reader.GetString(2)),
        ScalarColumns.ParseDecimal(reader.GetString(3)),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : ScalarColumns.ParseDecimal(reader.GetString(5)),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        ScalarColumns.ParseDate(reader.GetString(7)),
        ScalarColumns.ParseDate(reader.GetString(8)),
        reader.IsDBNull(9) ? null : ScalarColumns.ParseDecimal(reader.GetString(9)),
        new EntityId(reader.GetString(10)),
        reader.GetInt64(11) != 0,
        reader.IsDBNull(12) ? null : reader.GetString(12));
}
