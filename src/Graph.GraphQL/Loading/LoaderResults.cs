using GraphQL.DataLoader;

namespace Graph.GraphQL.Loading;

/// <summary>Composition of loader results, so a field can load relations and then the entities at their other ends.</summary>
internal static class LoaderResults
{
    /// <summary>
    /// Runs <paramref name="next"/> on the first result. The executor re-queues the returned loader result, so the
    /// second loader still batches across all siblings of the level.
    /// </summary>
    public static IDataLoaderResult Then<TIn>(this IDataLoaderResult<TIn> first, Func<TIn, IDataLoaderResult> next) =>
        new Chained<TIn>(first, next);

    /// <summary>Maps a result synchronously.</summary>
    public static IDataLoaderResult Select<TIn, TOut>(this IDataLoaderResult<TIn> first, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(first, map);

    /// <summary>Loads many keys as one result holding the values in key order.</summary>
    public static IDataLoaderResult<IReadOnlyList<TValue>> LoadMany<TKey, TValue>(
        this BatchLoader<TKey, TValue> loader, IEnumerable<TKey> keys)
        where TKey : notnull =>
        new All<TValue>(keys.Select(loader.Load).ToList());

    /// <summary>Loads many entities and keeps those that exist, in key order.</summary>
    public static IDataLoaderResult LoadManyPresent(this EntityByIdLoader loader, IEnumerable<Graph.Domain.Identity.EntityId> ids) =>
        loader.LoadMany(ids).Select(entities => entities.OfType<Graph.Domain.Model.Entity>().ToList());

    private sealed class Chained<TIn>(IDataLoaderResult<TIn> first, Func<TIn, IDataLoaderResult> next) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            next(await first.GetResultAsync(cancellationToken).ConfigureAwait(false));
    }

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> first, Func<TIn, TOut> map) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await first.GetResultAsync(cancellationToken).ConfigureAwait(false));
    }

    private sealed class All<TValue>(List<IDataLoaderResult<TValue>> parts) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public async Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new TValue[parts.Count];
            for (var i = 0; i < parts.Count; i++)
            {
                values[i] = await parts[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
