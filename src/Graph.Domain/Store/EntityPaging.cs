using System.Globalization;
using Graph.Domain.Model;
using Graph.Domain.Store.Filtering;

namespace Graph.Domain.Store;

/// <summary>
/// The sort keys, cursors and combined conditions of an <see cref="EntityListQuery"/>, the same for every store: a cursor
/// holds the value of each sort key (null for an undated entity's date) and the ID, under a tag naming the keys, so a
/// cursor of one order is refused by another. With one sort key the tag and keys are those single-order lists always used
/// (<c>entities:NameAscending</c>), so cursors of pages read either way mix.
/// </summary>
public sealed record EntityPaging(IReadOnlyList<EntityOrder> Orders, string Tag, EntityPosition? After, EntityPosition? Before)
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Reads the query's orders and cursors; throws <see cref="InvalidGraphInputException"/> for a cursor of another shape.</summary>
    public static EntityPaging Of(EntityListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyList<EntityOrder> orders = [query.Order, .. query.ThenBy ?? []];
        var tag = "entities:" + string.Join(",", orders);
        return new(orders, tag, Decode(query.After, tag, orders, nameof(query.After)), Decode(query.Before, tag, orders, nameof(query.Before)));
    }

    /// <summary>True for what the single-order forward read serves: no further keys, no cursor from the end.</summary>
    public static bool IsSimple(EntityListQuery query) =>
        query.ThenBy is not { Count: > 0 } && query.Before is null && !query.FromEnd && query.Where is null &&
        query.Order is EntityOrder.NameAscending or EntityOrder.NameDescending or EntityOrder.StartDateAscending or EntityOrder.StartDateDescending;

    /// <summary>The cursor that resumes after (or before) <paramref name="entity"/>.</summary>
    public string CursorFor(Entity entity)
    {
        var keys = new string?[Orders.Count + 1];
        for (var i = 0; i < Orders.Count; i++)
        {
            keys[i] = KeyOf(entity, Orders[i]);
        }

        keys[^1] = entity.Id.Value;
        return KeysetCursor.Encode(Tag, keys);
    }

    /// <summary>The value an entity has for a sort key, as cursors carry it.</summary>
    public static string? KeyOf(Entity entity, EntityOrder order) => order switch
    {
        EntityOrder.NameAscending or EntityOrder.NameDescending => entity.Name,
        EntityOrder.NamePinyinAscending or EntityOrder.NamePinyinDescending => NameSortKey.Pinyin(entity.Name),
        _ => entity.StartDate?.ToString(DateFormat, CultureInfo.InvariantCulture),
    };

    public static bool IsDescending(EntityOrder order) =>
        order is EntityOrder.NameDescending or EntityOrder.StartDateDescending or EntityOrder.NamePinyinDescending;

    public static bool IsDate(EntityOrder order) => order is EntityOrder.StartDateAscending or EntityOrder.StartDateDescending;

    /// <summary>
    /// Every condition of the query but its kind, as one tree (null when there is none): the single-value filters
    /// (name fragment, subtype, place, date range) and <see cref="EntityListQuery.Where"/>.
    /// </summary>
    public static EntityCondition? ConditionOf(EntityListQuery query)
    {
        var all = new List<EntityCondition>();
        if (query.NameContains is not null)
        {
            all.Add(TextCondition.Of(TextField.NameOrAlias, TextOperator.Contains, query.NameContains));
        }

        if (query.Subtype is not null)
        {
            all.Add(TextCondition.Of(TextField.Subtype, TextOperator.Equals, query.Subtype));
        }

        if (query.LocatedIn is { } place)
        {
            all.Add(new RelationCondition(
                true, [RelationType.LocatedIn, RelationType.HeldIn], RelationDirection.Outgoing,
                TextCondition.Of(TextField.Id, TextOperator.Equals, place.Value)));
        }

        if (query.From is not null || query.To is not null)
        {
            all.Add(new SpanOverlapCondition(query.From, query.To));
        }

        if (query.Where is not null)
        {
            all.Add(query.Where);
        }

        return all.Count switch
        {
            0 => null,
            1 => all[0],
            _ => new AllOf(all),
        };
    }

    /// <summary>
    /// Pages rows read in reading order (the list order, or its reverse for a page from the end), one more than
    /// <paramref name="first"/> when there are, into a page in list order.
    /// </summary>
    public Page<T> Build<T>(List<T> rows, int first, bool fromEnd, Func<T, Entity> entity)
    {
        var extra = rows.Count > first;
        var kept = rows.Take(first).ToList();
        if (fromEnd)
        {
            kept.Reverse();
        }

        var items = kept.Select(r => new PageItem<T>(r, CursorFor(entity(r)))).ToList();
        return fromEnd
            ? new Page<T>(items, Before is not null, extra)
            : new Page<T>(items, extra, After is not null);
    }

    private static EntityPosition? Decode(string? cursor, string tag, IReadOnlyList<EntityOrder> orders, string parameterName)
    {
        if (cursor is null)
        {
            return null;
        }

        var keys = KeysetCursor.Decode(cursor, tag, orders.Count + 1, parameterName);
        for (var i = 0; i < orders.Count; i++)
        {
            var bad = IsDate(orders[i])
                ? keys[i] is { } date && !DateOnly.TryParseExact(date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                : keys[i] is null;
            if (bad)
            {
                throw KeysetCursor.Malformed(cursor, parameterName);
            }
        }

        return new EntityPosition(keys[..^1], keys[^1] ?? throw KeysetCursor.Malformed(cursor, parameterName));
    }
}
