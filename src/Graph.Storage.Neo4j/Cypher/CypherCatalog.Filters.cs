using Graph.Domain.Store;
using Graph.Domain.Store.Filtering;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// Filtered lists, counts and searches are built per request from a condition tree (<see cref="EntityConditionCypher"/>,
/// <see cref="EntityPageCypher"/>), so they cannot all be listed. Instead the catalog holds what the builders make of the
/// <see cref="ConditionSamples"/> (every operator, field, relation form, the place hierarchy, figures and every sort key in
/// both reading directions): the lint step checks the grammar of everything the builders can emit through these.
/// </summary>
public static partial class CypherCatalog
{
    private static IEnumerable<CypherStatement> FilterSamples()
    {
        foreach (var (name, query) in ConditionSamples.Lists)
        {
            yield return new CypherStatement($"EntityPage.{name}", EntityPageCypher.Page(query, EntityPaging.Of(query), []));
            yield return new CypherStatement($"EntityCount.{name}", EntityPageCypher.Count(query, []));
        }

        foreach (var (name, query) in ConditionSamples.Orders())
        {
            yield return new CypherStatement($"EntityPage.{name}", EntityPageCypher.Page(query, EntityPaging.Of(query), []));
        }

        yield return new CypherStatement($"EntityCount.kind", EntityPageCypher.Count(new EntityListQuery(Domain.Model.EntityKind.Company, 1), []));
        yield return new CypherStatement(
            $"{nameof(Search)}.where", WithSearchCondition(Search, EntityConditionCypher.Translate(ConditionSamples.Related, "e", [])));
        yield return new CypherStatement(
            $"{nameof(SearchHitCount)}.where", WithSearchCondition(SearchHitCount, EntityConditionCypher.Translate(ConditionSamples.EveryField, "e", [])));
    }
}
