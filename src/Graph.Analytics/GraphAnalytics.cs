using Graph.Analytics.Connections;
using Graph.Analytics.Facets;
using Graph.Analytics.Impact;
using Graph.Analytics.Paths;
using Graph.Analytics.Series;
using Graph.Analytics.Timelines;
using Graph.Analytics.Traversal;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics;

/// <summary>
/// The analysts' queries over any <see cref="IGraphReader"/>. Each is built from the contract's batched reads (one call per
/// traversal level, never one per entity), bounded by <see cref="AnalyticsOptions"/>, and stops when the caller's token
/// is cancelled or its time budget runs out. Thread-safe; holds no state between calls.
/// </summary>
public sealed class GraphAnalytics
{
    private readonly AnalyticsOptions _options;
    private readonly PolicyImpactAnalyzer _impact;
    private readonly PathFinder _paths;
    private readonly ShortestPathFinder _shortestPath;
    private readonly NeighborhoodExplorer _neighborhoods;
    private readonly ConnectionExplainer _connections;
    private readonly SeriesAnalyzer _series;
    private readonly TimelineBuilder _timelines;
    private readonly FacetCounter _facets;

    public GraphAnalytics(IGraphReader store, AnalyticsOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _impact = new PolicyImpactAnalyzer(store, options);
        _paths = new PathFinder(store, options);
        _shortestPath = new ShortestPathFinder(store);
        _neighborhoods = new NeighborhoodExplorer(store);
        _connections = new ConnectionExplainer(store, options);
        _series = new SeriesAnalyzer(store, options);
        _timelines = new TimelineBuilder(store, options);
        _facets = new FacetCounter(store, options);
    }

    public AnalyticsOptions Options => _options;

    /// <summary>What a policy touches: chains along ISSUED_BY, TARGETS, AFFECTS and IMPLEMENTS; null when the policy does not exist.</summary>
    public Task<PolicyImpact?> PolicyImpactAsync(PolicyImpactQuery query, CancellationToken cancellationToken = default) =>
        RunAsync(token => _impact.AnalyzeAsync(query, token), cancellationToken);

    /// <summary>
    /// The entities within <see cref="NeighborhoodQuery.Depth"/> hops of an entity, breadth first, at most
    /// <see cref="NeighborhoodQuery.NodeLimit"/> of them, and the relations among them; empty when the center does not exist.
    /// </summary>
    public Task<Neighborhood> NeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        RunAsync(token => _neighborhoods.ExploreAsync(query, token), cancellationToken);

    /// <summary>
    /// A shortest path (ignoring direction) of at most <see cref="PathQuery.MaxLength"/> relations, however large the hubs
    /// on the way; null when there is none. Callers bound the length (<see cref="AnalyticsOptions.MaxPathLength"/>).
    /// </summary>
    public Task<GraphPath?> ShortestPathAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        RunAsync(token => _shortestPath.FindAsync(query, token), cancellationToken);

    /// <summary>Shortest and near-shortest simple paths between two entities, ignoring direction.</summary>
    public Task<PathSet> PathsAsync(PathsQuery query, CancellationToken cancellationToken = default) =>
        RunAsync(token => _paths.FindAsync(query, token), cancellationToken);

    /// <summary>
    /// How two entities are linked over semantic relations (every relation with <paramref name="includeMentions"/>), with the
    /// articles that mention both in a list of their own; null when either does not exist.
    /// </summary>
    public Task<ConnectionExplanation?> ConnectionAsync(
        EntityId a, EntityId b, int first, CancellationToken cancellationToken = default, bool includeMentions = false) =>
        RunAsync(token => _connections.ExplainAsync(a, b, first, includeMentions, token), cancellationToken);

    /// <summary>An indicator over time per subject, one point per period, in base units with the y/y change.</summary>
    public Task<IReadOnlyList<IndicatorSeries>> SeriesAsync(SeriesQuery query, CancellationToken cancellationToken = default) =>
        RunAsync(token => _series.SeriesAsync(query, token), cancellationToken);

    /// <summary>An indicator across subjects for one period; null when the indicator does not exist.</summary>
    public Task<Comparison?> CompareAsync(ComparisonQuery query, CancellationToken cancellationToken = default) =>
        RunAsync(token => _series.CompareAsync(query, token), cancellationToken);

    /// <summary>An entity's events and articles by date; null when it does not exist.</summary>
    public Task<Timeline?> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default) =>
        RunAsync(token => _timelines.BuildAsync(query, token), cancellationToken);

    /// <summary>Kinds and relation types (none read unless <paramref name="withRelationTypes"/>) over the hits of a search.</summary>
    public Task<FacetSet> SearchFacetsAsync(
        string text, IReadOnlyCollection<EntityKind>? kinds, CancellationToken cancellationToken = default, bool withRelationTypes = true) =>
        RunAsync(token => _facets.SearchAsync(text, kinds, withRelationTypes, token), cancellationToken);

    /// <summary>Kinds and relation types (none read unless <paramref name="withRelationTypes"/>) over the neighborhood of an entity.</summary>
    public Task<FacetSet> NeighborhoodFacetsAsync(
        EntityId center, int depth, CancellationToken cancellationToken = default, bool withRelationTypes = true) =>
        RunAsync(token => _facets.NeighborhoodAsync(center, depth, withRelationTypes, token), cancellationToken);

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> query, CancellationToken cancellationToken)
    {
        using var budget = QueryBudget.Start(_options.Timeout, cancellationToken);
        return await query(budget.Token).ConfigureAwait(false);
    }
}
