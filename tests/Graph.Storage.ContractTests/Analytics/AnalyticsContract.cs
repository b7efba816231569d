using Graph.Analytics;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests.Analytics;

/// <summary>
/// The analysts' queries (Graph.Analytics) over a backend: the same algorithms must give the same answers on every store.
/// A backend's test project derives this class once, as it derives <see cref="GraphStoreContract"/>.
/// </summary>
public abstract partial class AnalyticsContract : IAsyncLifetime
{
    /// <summary>Small enough that 中国 (more than 30 relations) is a hub whose fan-out is cut.</summary>
    protected const int FanOut = 10;

    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    protected GraphAnalytics Analytics { get; private set; } = null!;

    protected static AnalyticsOptions Options => new() { MaxFanOut = FanOut, MaxNeighbors = 100, MaxVisited = 1_000 };

    /// <summary>A new, empty store of the backend under test.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    protected virtual async Task DisposeStoreAsync(IGraphStore store)
    {
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    public async Task InitializeAsync()
    {
        _store = await CreateStoreAsync();
        await _store.InitializeAsync();
        await _store.UpsertAsync(SampleGraph.Batch);
        await _store.UpsertAsync(AnalyticsSample.Batch);
        Analytics = new GraphAnalytics(_store, Options);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
        }
    }

    protected static string[] Names(IEnumerable<Graph.Domain.Model.Entity> entities) => entities.Select(e => e.Name).ToArray();
}
