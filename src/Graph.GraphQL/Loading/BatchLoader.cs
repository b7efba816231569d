using GraphQL.DataLoader;

namespace Graph.GraphQL.Loading;

/// <summary>
/// A request-scoped batch loader. Resolvers register keys with <see cref="Load"/> while the executor walks one level of
/// the query; the first resolver that asks for its value dispatches every pending key in one fetch. GraphQL.NET's
/// execution strategies complete all <see cref="IDataLoaderResult"/> nodes of a level only after the level has been
/// walked, which is what makes one store call per level possible. Values are cached for the rest of the request.
/// </summary>
internal abstract class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _entries = [];
    private List<TKey> _pending = [];

    /// <summary>Registers a key and returns a result that resolves once its batch has been fetched.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        TaskCompletionSource<TValue>? entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry))
            {
                entry = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                _entries.Add(key, entry);
                _pending.Add(key);
            }
        }

        return new PendingValue(this, entry.Task);
    }

    /// <summary>Fetches the values of a batch of distinct keys. A key missing from the answer gets <see cref="Missing"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key the fetch did not return.</summary>
    protected abstract TValue Missing(TKey key);

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> batch;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = _pending;
            _pending = [];
        }

        try
        {
            var values = await FetchAsync(batch, cancellationToken).ConfigureAwait(false);
            foreach (var key in batch)
            {
                Complete(key).TrySetResult(values.TryGetValue(key, out var value) ? value : Missing(key));
            }
        }
        catch (Exception exception)
        {
            foreach (var key in batch)
            {
                Complete(key).TrySetException(exception);
            }
        }
    }

    private TaskCompletionSource<TValue> Complete(TKey key)
    {
        lock (_gate)
        {
            return _entries[key];
        }
    }

    private sealed class PendingValue(BatchLoader<TKey, TValue> loader, Task<TValue> value) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!value.IsCompleted)
            {
                await loader.DispatchAsync(cancellationToken).ConfigureAwait(false);
            }

            return await value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
