using Graph.Analytics.Traversal;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics.Paths;

/// <summary>
/// Several shortest and near-shortest paths. A bidirectional breadth-first search grows the side with the smaller frontier,
/// one store call per level, reading at most the fan-out of each entity (so a hub on the way is crossed, not flooded). When
/// the sides meet at length d, the paths of length d are enumerated in memory; if fewer than asked, one more level is read
/// and the paths of length d + 1 follow. A path of length L lies wholly within what two sides of depths a and b read
/// whenever a + b ≥ L, since each of its links touches a node one of them expanded.
/// </summary>
internal sealed class PathFinder(IGraphReader store, AnalyticsOptions options)
{
    private const int NearShortestSlack = 1;

    public async Task<PathSet> FindAsync(PathsQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxLength, 1, nameof(query.MaxLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.MaxLength, options.MaxPathLength, nameof(query.MaxLength));
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query.First));
        var ends = await Entities.LoadAsync(store, [query.From, query.To], cancellationToken).ConfigureAwait(false);
        if (!ends.ContainsKey(query.From) || !ends.ContainsKey(query.To) || query.First == 0)
        {
            return PathSet.None;
        }

        if (query.From == query.To)
        {
            return new PathSet([new GraphPath([ends[query.From]], [])], 0, false);
        }

        var search = new Search(new SearchSide(query.From), new SearchSide(query.To), new ExploredGraph());
        int? shortest = null;
        while (shortest is null && search.Depth < query.MaxLength &&
               search.Forward.Frontier.Count > 0 && search.Backward.Frontier.Count > 0)
        {
            shortest = await GrowAsync(search, query.Types, cancellationToken).ConfigureAwait(false);
        }

        if (shortest is not { } length)
        {
            return PathSet.None with { Truncated = search.Truncated };
        }

        // The sides met at depths summing to the shortest length, so every shortest path lies within what was read.
        var found = Enumerate(search, query, length, query.First);
        if (found.Count < query.First && length + NearShortestSlack <= query.MaxLength)
        {
            if (search.CanGrow)
            {
                await GrowAsync(search, query.Types, cancellationToken).ConfigureAwait(false);
            }

            found.AddRange(Enumerate(search, query, length + NearShortestSlack, query.First - found.Count));
        }

        return await LoadAsync(found, length, search.Truncated, cancellationToken).ConfigureAwait(false);
    }

    private static List<(List<EntityId> Nodes, List<Relation> Edges)> Enumerate(Search search, PathsQuery query, int length, int limit)
    {
        var distances = search.Graph.DistancesTo(query.To, length);
        return PathEnumerator.Enumerate(search.Graph, query.From, query.To, length, distances, limit);
    }

    /// <summary>Grows the side with the smaller frontier by one level; the shortest length once the sides have met.</summary>
    private async Task<int?> GrowAsync(Search search, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken)
    {
        var (side, other) = search.Forward.Frontier.Count > 0 &&
                            (search.Forward.Frontier.Count <= search.Backward.Frontier.Count || search.Backward.Frontier.Count == 0)
            ? (search.Forward, search.Backward)
            : (search.Backward, search.Forward);
        var level = await Expansion
            .ExpandAsync(store, side.Frontier, RelationDirection.Both, types, options.MaxFanOut, cancellationToken)
            .ConfigureAwait(false);
        search.Truncated |= level.Capped;
        side.Depth++;
        var next = new List<EntityId>();
        foreach (var node in side.Frontier)
        {
            foreach (var step in level.Of(node))
            {
                search.Graph.Add(step.Relation);
                if (side.Distances.TryAdd(step.Other, side.Depth))
                {
                    next.Add(step.Other);
                }
            }
        }

        side.Frontier = next;
        if (search.Forward.Distances.Count + search.Backward.Distances.Count > options.MaxVisited)
        {
            search.Truncated = true;
            side.Frontier = [];
        }

        return Meeting(side, other);
    }

    // The least length through any node both sides reached, or null while they have not met.
    private static int? Meeting(SearchSide grown, SearchSide other)
    {
        int? best = null;
        foreach (var node in grown.Distances.Keys)
        {
            if (other.Distances.TryGetValue(node, out var rest))
            {
                var length = grown.Depth + rest;
                best = best is null || length < best ? length : best;
            }
        }

        return best;
    }

    private async Task<PathSet> LoadAsync(
        List<(List<EntityId> Nodes, List<Relation> Edges)> found, int? shortest, bool truncated, CancellationToken cancellationToken)
    {
        var entities = await Entities.LoadAsync(store, found.SelectMany(p => p.Nodes), cancellationToken).ConfigureAwait(false);
        var paths = found
            .Where(p => p.Nodes.All(entities.ContainsKey))
            .Select(p => new GraphPath(p.Nodes.Select(n => entities[n]).ToList(), p.Edges))
            .ToList();
        return new PathSet(paths, paths.Count > 0 ? shortest : null, truncated);
    }
}
