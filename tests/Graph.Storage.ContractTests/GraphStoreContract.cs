using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must show. A backend's test project derives this class once and says how
/// to make a fresh, empty store; xunit makes a new instance, and so a new store, for every test.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private IGraphStore? _store;

    /// <summary>The store under test, initialized.</summary>
    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>A new, empty store of the backend under test. The suite calls <see cref="IGraphStoreLifecycle.InitializeAsync"/> on it.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>Releases a store made by <see cref="CreateStoreAsync"/>; override to also delete its files or database.</summary>
    protected virtual async Task DisposeStoreAsync(IGraphStore store)
    {
        switch (store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    public async Task InitializeAsync()
    {
        _store = await CreateStoreAsync();
        await _store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
        }
    }

    protected Task<UpsertResult> SeedAsync() => Store.UpsertAsync(SampleGraph.Batch);

    /// <summary>A batch from another document (its own text, so its own hash) carrying the given facts.</summary>
    protected static GraphBatch FollowUp(
        string text,
        IReadOnlyList<Entity>? entities = null,
        IReadOnlyList<Relation>? relations = null,
        IReadOnlyList<Observation>? observations = null,
        IReadOnlyList<Mention>? mentions = null) =>
        new(Document(text), entities ?? [], relations ?? [], observations ?? [], mentions ?? []);

    protected static DocumentInfo Document(string text) =>
        new(StableIds.DocumentHash(text), $"{StableIds.DocumentHash(text)[..8]}.txt", null, null, null, text.Length);

    protected static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> source)
    {
        var items = new List<T>();
        await foreach (var item in source)
        {
            items.Add(item);
        }

        return items;
    }

    protected async Task<Entity> GetEntityAsync(Entity entity) => Assert.Single(await Store.GetEntitiesAsync([entity.Id]));

    protected static string[] Ids(IEnumerable<Entity> entities) => entities.Select(e => e.Id.Value).ToArray();

    protected static string[] Ids(IEnumerable<Relation> relations) => relations.Select(r => r.Id.Value).ToArray();

    protected static string[] Ids(IEnumerable<Observation> observations) => observations.Select(o => o.Id.Value).ToArray();

    protected static string[] Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every field, so two entities compare by content rather than by reference of their lists.</summary>
    protected static void AssertSameEntity(Entity expected, Entity actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Aliases, actual.Aliases);
        Assert.Equal(expected.Subtype, actual.Subtype);
        Assert.Equal(expected.StartDate, actual.StartDate);
        Assert.Equal(expected.EndDate, actual.EndDate);
        Assert.Equal(
            expected.AttributesOrEmpty.OrderBy(p => p.Key, StringComparer.Ordinal),
            actual.AttributesOrEmpty.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    protected static void AssertSameRelation(Relation expected, Relation actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.From, actual.From);
        Assert.Equal(expected.To, actual.To);
        Assert.Equal(
            expected.Properties.OrderBy(p => p.Key, StringComparer.Ordinal),
            actual.Properties.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
