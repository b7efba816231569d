using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store.Filtering;

/// <summary>
/// Condition trees that together use every operator, field and relation form, the place hierarchy and figures. Filtered
/// lists, counts and searches are built per request from a tree, so the stores' statement catalogs cannot list them all;
/// they list what their translators make of these instead, and their snapshot, prepare and lint checks see every fragment
/// a translator can emit.
/// </summary>
public static class ConditionSamples
{
    /// <summary>The place the hierarchy and figure samples name.</summary>
    public static EntityId Place { get; } = new("place_sample");

    /// <summary>Every text, date, span and kind condition, under AND, OR and NOT, and the empty AND and OR.</summary>
    public static EntityCondition EveryField { get; } = new AllOf(
    [
        TextCondition.Of(TextField.Name, TextOperator.Equals, "a"),
        new TextCondition(TextField.Name, TextOperator.In, ["a", "b"]),
        TextCondition.Of(TextField.Subtype, TextOperator.Contains, "a"),
        TextCondition.Of(TextField.Name, TextOperator.StartsWith, "a"),
        TextCondition.Of(TextField.NameOrAlias, TextOperator.Contains, "a"),
        TextCondition.Of(TextField.Id, TextOperator.Equals, "a"),
        new AnyOf(
        [
            DateCondition.Of(DateField.StartDate, ComparisonOperator.GreaterThan, new DateOnly(2025, 1, 1)),
            DateCondition.Of(DateField.EndDate, ComparisonOperator.LessThanOrEqual, new DateOnly(2025, 1, 1)),
            new DateCondition(DateField.StartDate, ComparisonOperator.In, [new DateOnly(2025, 1, 1)]),
        ]),
        new Not(new SpanOverlapCondition(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))),
        new KindCondition([EntityKind.Company, EntityKind.Place]),
        new AllOf([]),
        new AnyOf([]),
    ]);

    /// <summary>Relations (some and none, each direction, nested, to known ends), the place hierarchy and figures.</summary>
    public static EntityCondition Related { get; } = new AllOf(
    [
        new RelationCondition(true, [RelationType.LocatedIn], RelationDirection.Outgoing, new KindCondition([EntityKind.Place])),
        new RelationCondition(false, [], RelationDirection.Incoming),
        new RelationCondition(true, [RelationType.ParticipatedIn, RelationType.Implements], RelationDirection.Both,
            new RelationCondition(true, [RelationType.HeldIn], RelationDirection.Outgoing, new WithinCondition(Place, 3))),
        new RelationCondition(false, [RelationType.LocatedIn], RelationDirection.Both, new TextCondition(TextField.Id, TextOperator.In, ["a", "b"])),
        new WithinCondition(Place, 4),
        new WithinCondition(Place, 1),
        new FigureCondition(Place, ComparisonOperator.GreaterThanOrEqual, [1.5m], new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), false),
        new FigureCondition(null, ComparisonOperator.In, [1m, 2m]),
    ]);

    /// <summary>Named entity lists over the samples, and one with the single-value filters (name, subtype, place, dates).</summary>
    public static IReadOnlyList<(string Name, EntityListQuery Query)> Lists { get; } =
    [
        ("every-field", new EntityListQuery(EntityKind.Company, 10, Where: EveryField)),
        ("relations", new EntityListQuery(EntityKind.Company, 10, Where: Related, Order: EntityOrder.NamePinyinAscending)),
        ("legacy-fields", new EntityListQuery(
            EntityKind.Event, 10, NameContains: "a", Subtype: "a", LocatedIn: Place, From: new DateOnly(2025, 1, 1),
            To: new DateOnly(2025, 12, 31), Where: new AllOf([]))),
    ];

    /// <summary>
    /// For each sort key (then the start date, descending), a list resumed after a cursor and a page from the end before
    /// one: every sort column in both reading directions and every cursor comparison.
    /// </summary>
    public static IEnumerable<(string Name, EntityListQuery Query)> Orders()
    {
        var sample = new Entity(Place, EntityKind.Place, "a", [], StartDate: new DateOnly(2025, 1, 1));
        foreach (var order in Enum.GetValues<EntityOrder>())
        {
            var query = new EntityListQuery(EntityKind.Event, 10, Order: order, ThenBy: [EntityOrder.StartDateDescending], Where: new AllOf([]));
            var cursor = EntityPaging.Of(query).CursorFor(sample);
            yield return ($"{order}.after", query with { After = cursor });
            yield return ($"{order}.last", query with { Before = cursor, After = cursor, FromEnd = true });
        }
    }
}
