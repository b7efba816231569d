using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Search;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await QueryAsync(CypherCatalog.EntitiesById, new() { ["ids"] = Distinct(ids.Select(i => i.Value)) }, cancellationToken)
            .ConfigureAwait(false);
        return rows.Select(r => Records.Entity(r["e"])).ToList();
    }

    public async Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        if (!EntityPaging.IsSimple(query))
        {
            return await ListEntityPageAsync(query, cancellationToken).ConfigureAwait(false);
        }

        var byName = StoreCursors.IsByName(query.Order);
        var (afterKey, afterId) = StoreCursors.ParseEntity(query.After, query.Order) is { } after ? (after.SortKey, after.Id) : (null, null);

        var needle = query.NameContains is null ? null : SearchText.Normalize(query.NameContains);
        var parameters = new Dictionary<string, object?>
        {
            ["kind"] = query.Kind.ToString(),
            ["subtype"] = query.Subtype,
            ["needle"] = string.IsNullOrEmpty(needle) ? null : needle,
            ["place"] = query.LocatedIn?.Value,
            ["from"] = query.From,
            ["to"] = query.To,
            ["afterKey"] = byName || afterKey is null ? afterKey : DateOnly.ParseExact(afterKey, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["afterId"] = afterId,
            ["limit"] = (long)PageBuilder.Limit(query.First),
        };
        var statement = query.Order switch
        {
            EntityOrder.NameAscending => CypherCatalog.EntitiesByNameAscending,
            EntityOrder.NameDescending => CypherCatalog.EntitiesByNameDescending,
            EntityOrder.StartDateAscending => CypherCatalog.EntitiesByStartDateAscending,
            _ => CypherCatalog.EntitiesByStartDateDescending,
        };
        var rows = await QueryAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        var page = PageBuilder.Build(
            rows.Select(r => Records.Entity(r["e"])).ToList(),
            query.First,
            e => StoreCursors.Entity(e, query.Order));
        return page with { HasPreviousPage = query.After is not null };
    }

    private static List<string> Distinct(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).ToList();

    private static List<string>? TypeNames(IReadOnlyCollection<RelationType>? types) =>
        types is { Count: > 0 } ? types.Select(t => t.ToName()).Distinct().ToList() : null;
}
