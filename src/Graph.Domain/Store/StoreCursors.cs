using System.Globalization;
using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// The page cursors both stores hand out for the same queries, so a cursor means the same on either: entity lists (the
/// sort key, name or start date, and the ID) and observations (subject, indicator, period start and ID). Dates are
/// <c>yyyy-MM-dd</c>.
/// </summary>
public static class StoreCursors
{
    private const string ObservationTag = "observations";
    private const string DateFormat = "yyyy-MM-dd";

    public static string DateText(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The cursor that resumes an entity list of <paramref name="order"/> after <paramref name="entity"/>.</summary>
    public static string Entity(Entity entity, EntityOrder order) => IsByName(order)
        ? KeysetCursor.Encode(EntityTag(order), entity.Name, entity.Id.Value)
        : KeysetCursor.Encode(EntityTag(order), entity.StartDate is { } date ? DateText(date) : null, entity.Id.Value);

    /// <summary>The position an entity cursor encodes, null for no cursor; <see cref="InvalidGraphInputException"/> for a bad one.</summary>
    public static EntityCursorKey? ParseEntity(string? after, EntityOrder order)
    {
        if (after is null)
        {
            return null;
        }

        var keys = KeysetCursor.Decode(after, EntityTag(order), 2, nameof(EntityListQuery.After));
        var badKey = IsByName(order) ? keys[0] is null : keys[0] is not null && !TryParseDate(keys[0], out _);
        if (keys[1] is null || badKey)
        {
            throw KeysetCursor.Malformed(after, nameof(EntityListQuery.After));
        }

        return new EntityCursorKey(keys[0], keys[1]!);
    }

    /// <summary>The cursor that resumes an observation list after <paramref name="observation"/>.</summary>
    public static string Observation(Observation observation) => KeysetCursor.Encode(
        ObservationTag, observation.Subject.Value, observation.Indicator.Value, DateText(observation.PeriodStart), observation.Id.Value);

    /// <summary>Subject, indicator, period start (<c>yyyy-MM-dd</c>) and ID; <see cref="InvalidGraphInputException"/> for a bad cursor.</summary>
    public static string[] ParseObservation(string cursor, string parameterName = nameof(ObservationQuery.After))
    {
        var keys = KeysetCursor.DecodeRequired(cursor, ObservationTag, 4, parameterName);
        return TryParseDate(keys[2], out _) ? keys : throw KeysetCursor.Malformed(cursor, parameterName);
    }

    public static bool IsByName(EntityOrder order) => order is EntityOrder.NameAscending or EntityOrder.NameDescending;

    private static string EntityTag(EntityOrder order) => $"entities:{order}";
}
