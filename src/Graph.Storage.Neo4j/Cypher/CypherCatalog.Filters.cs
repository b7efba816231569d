using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Domain.Store.Filtering;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// Filtered lists, counts and searches are built per request from a condition tree (<see cref="EntityConditionCypher"/>,
/// <see cref="EntityPageCypher"/>), so they cannot all be listed. Instead the catalog holds what the builders make of
/// sample trees that use every operator, field, relation form, the place hierarchy, figures and every sort key in both
/// reading directions: the lint step checks the grammar of everything the builders can emit through these.
/// </summary>
public static partial class CypherCatalog
{
    private static readonly EntityId SamplePlace = new("place_sample");

    private static IEnumerable<CypherStatement> FilterSamples()
    {
        EntityCondition every = new AllOf(
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
        EntityCondition related = new AllOf(
        [
            new RelationCondition(true, [RelationType.LocatedIn], RelationDirection.Outgoing, new KindCondition([EntityKind.Place])),
            new RelationCondition(false, [], RelationDirection.Incoming),
            new RelationCondition(true, [RelationType.ParticipatedIn, RelationType.Implements], RelationDirection.Both,
                new RelationCondition(true, [RelationType.HeldIn], RelationDirection.Outgoing, new WithinCondition(SamplePlace, 3))),
            new WithinCondition(SamplePlace, 4),
            new WithinCondition(SamplePlace, 1),
            new FigureCondition(SamplePlace, ComparisonOperator.GreaterThanOrEqual, [1.5m], new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), false),
            new FigureCondition(null, ComparisonOperator.In, [1m, 2m]),
        ]);

        var samples = new List<(string Name, EntityListQuery Query)>
        {
            ("every-field", new EntityListQuery(EntityKind.Company, 10, Where: every)),
            ("relations", new EntityListQuery(EntityKind.Company, 10, Where: related, Order: EntityOrder.NamePinyinAscending)),
            ("legacy-fields", new EntityListQuery(
                EntityKind.Event, 10, NameContains: "a", Subtype: "a", LocatedIn: SamplePlace, From: new DateOnly(2025, 1, 1),
                To: new DateOnly(2025, 12, 31), Where: new AllOf([]))),
        };
        foreach (var (name, query) in samples)
        {
            yield return new CypherStatement($"EntityPage.{name}", EntityPageCypher.Page(query, EntityPaging.Of(query), []));
            yield return new CypherStatement($"EntityCount.{name}", EntityPageCypher.Count(query, []));
        }

        var sample = new Entity(SamplePlace, EntityKind.Place, "a", [], StartDate: new DateOnly(2025, 1, 1));
        foreach (var order in Enum.GetValues<EntityOrder>())
        {
            var query = new EntityListQuery(EntityKind.Event, 10, Order: order, ThenBy: [EntityOrder.StartDateDescending], Where: new AllOf([]));
            var cursor = EntityPaging.Of(query).CursorFor(sample);
            yield return new CypherStatement($"EntityPage.{order}.after", EntityPageCypher.Page(
                query with { After = cursor }, EntityPaging.Of(query with { After = cursor }), []));
            var backward = query with { Before = cursor, After = cursor, FromEnd = true };
            yield return new CypherStatement($"EntityPage.{order}.last", EntityPageCypher.Page(backward, EntityPaging.Of(backward), []));
        }

        yield return new CypherStatement($"EntityCount.kind", EntityPageCypher.Count(new EntityListQuery(EntityKind.Company, 1), []));
        yield return new CypherStatement($"{nameof(Search)}.where", WithSearchCondition(Search, EntityConditionCypher.Translate(related, "e", [])));
        yield return new CypherStatement($"{nameof(SearchHitCount)}.where", WithSearchCondition(SearchHitCount, EntityConditionCypher.Translate(every, "e", [])));
    }
}
