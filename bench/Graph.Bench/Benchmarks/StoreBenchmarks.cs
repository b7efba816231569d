using BenchmarkDotNet.Attributes;
using Graph.Analytics;
using Graph.Analytics.Impact;
using Graph.Analytics.Paths;
using Graph.Bench.Measure;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite;

namespace Graph.Bench.Benchmarks;

/// <summary>
/// The store operations and the analysts' queries on the synthetic graphs of 10k, 100k and 1M entities
/// (bench/data/graph-N.db, made by <c>generate</c>). Each call takes the next of 256 seeded inputs, so a run averages
/// over hubs and leaves alike. Public and unsealed because BenchmarkDotNet generates subclasses of it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class StoreBenchmarks
{
    private const int Inputs = 256;
    private IGraphStore _store = null!;
    private GraphAnalytics _analytics = null!;
    private EntityId[] _ids = [];
    private EntityId[] _policies = [];
    private (EntityId From, EntityId To, int Hops)[] _pairs = [];
    private string[] _texts = [];
    private int _next;

    [Params(10_000, 100_000, 1_000_000)]
    public int Entities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("GRAPH_BENCH_DATA") ?? "bench/data";
        var path = Path.Combine(folder, $"graph-{Entities}.db");
        using (var sampler = new Sampler(path, 5))
        {
            _ids = Enumerable.Range(0, Inputs).Select(_ => sampler.Entity()).ToArray();
            _policies = Enumerable.Range(0, Inputs).Select(_ => sampler.Entity("Policy")).ToArray();
            _pairs = Enumerable.Range(0, Inputs).Select(_ => sampler.ConnectedPair(4)).ToArray();
            _texts = Enumerable.Range(0, Inputs).Select(_ => sampler.SearchText()).ToArray();
        }

        _store = SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { DatabasePath = path });
        _store.InitializeAsync().GetAwaiter().GetResult();
        _analytics = new GraphAnalytics(_store, new AnalyticsOptions());
    }

    [GlobalCleanup]
    public void Cleanup() => (_store as IDisposable)?.Dispose();

    [Benchmark]
    public Task<IReadOnlyList<Entity>> EntityById() => _store.GetEntitiesAsync([_ids[Next()]]);

    [Benchmark]
    public Task<IReadOnlyList<AnchoredRelation>> RelationsFirst20() =>
        _store.GetRelationsAsync(new RelationQuery([_ids[Next()]], RelationDirection.Both, 20));

    [Benchmark]
    public Task<Neighborhood> Neighborhood2Hops() => _analytics.NeighborhoodAsync(new NeighborhoodQuery(_ids[Next()], 2, 200));

    [Benchmark]
    public Task<PathSet> ShortestPath4Hops()
    {
        var pair = _pairs[Next()];
        return _analytics.PathsAsync(new PathsQuery(pair.From, pair.To, 4, 1));
    }

    [Benchmark]
    public Task<Page<SearchHit>> Search() => _store.SearchAsync(new SearchQuery(_texts[Next()], 10));

    [Benchmark]
    public Task<PolicyImpact?> PolicyImpactDepth3() => _analytics.PolicyImpactAsync(new PolicyImpactQuery(_policies[Next()], 3, 20));

    private int Next() => _next++ % Inputs;
}
