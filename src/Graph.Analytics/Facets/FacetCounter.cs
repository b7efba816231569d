using Graph.Analytics.Traversal;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics.Facets;

/// <summary>
/// Facets of a search (kinds of the hits, types of the hits' relations) or of a neighborhood (kinds of its nodes, types of
/// its edges). Each reads a bounded sample: at most <see cref="AnalyticsOptions.MaxFacetSample"/> entities. Relations are
/// read only when their types are to be counted (<c>withRelationTypes</c>): the kinds alone need the entities only.
/// </summary>
internal sealed class FacetCounter(IGraphReader store, AnalyticsOptions options)
{
    public async Task<FacetSet> SearchAsync(
        string text, IReadOnlyCollection<EntityKind>? kinds, bool withRelationTypes, CancellationToken cancellationToken)
    {
        var page = await store.SearchAsync(new SearchQuery(text, options.MaxFacetSample, null, kinds), cancellationToken)
            .ConfigureAwait(false);
        var hits = page.Items.Select(i => i.Node.Entity).ToList();
        if (!withRelationTypes)
        {
            return Build(hits, [], !page.HasNextPage);
        }

        var level = await Expansion
            .ExpandAsync(store, hits.Select(e => e.Id).ToList(), RelationDirection.Both, null, options.MaxFanOut, cancellationToken)
            .ConfigureAwait(false);
        var relations = level.ByEntity.Values.SelectMany(r => r).Select(r => r.Relation).DistinctBy(r => r.Id);
        return Build(hits, relations, !page.HasNextPage && !level.Capped);
    }

    public async Task<FacetSet> NeighborhoodAsync(EntityId center, int depth, bool withRelationTypes, CancellationToken cancellationToken)
    {
        var neighborhood = await new NeighborhoodExplorer(store)
            .ExploreAsync(new NeighborhoodQuery(center, depth, options.MaxFacetSample, WithEdges: withRelationTypes), cancellationToken)
            .ConfigureAwait(false);
        return Build(neighborhood.Nodes.Select(n => n.Entity).ToList(), neighborhood.Edges, !neighborhood.Truncated);
    }

    private static FacetSet Build(List<Entity> entities, IEnumerable<Relation> relations, bool complete) => new(
        entities.GroupBy(e => e.Kind).Select(g => new FacetCount<EntityKind>(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value).ToList(),
        relations.GroupBy(r => r.Type).Select(g => new FacetCount<RelationType>(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value).ToList(),
        entities.Count,
        complete);
}
