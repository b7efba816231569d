using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Paging;
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
        ThrowHelper.ThrowIfNegative(query.First, nameof(query.First));
        if (!EntityPaging.IsSimple(query))
        {
            return await ListEntityPageAsync(query, cancellationToken).ConfigureAwait(false);
        }

        var byName = query.Order is EntityOrder.NameAscending or EntityOrder.NameDescending;
        var tag = $"entities:{query.Order}";
        string? afterKey = null, afterId = null;
        if (query.After is not null)
        {
            var keys = KeysetCursor.Decode(query.After, tag, 2, nameof(query.After));
            var badKey = byName ? keys[0] is null : keys[0] is not null && !ScalarValues.TryParseDate(keys[0], out _);
            if (keys[1] is null || badKey)
            {
                throw KeysetCursor.Malformed(query.After, nameof(query.After));
            }

            (afterKey, afterId) = (keys[0], keys[1]);
        }

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
            ["limit"] = PageBuilder.Limit(query.First),
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
            e => KeysetCursor.Encode(tag, byName ? e.Name : e.StartDate is { } d ? ScalarValues.DateText(d) : null, e.Id.Value));
        return page with { HasPreviousPage = query.After is not null };
    }

    private static List<string> Distinct(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).ToList();

    private static List<string>? TypeNames(IReadOnlyCollection<RelationType>? types) =>
        types is { Count: > 0 } ? types.Select(t => t.ToName()).Distinct().ToList() : null;
}
