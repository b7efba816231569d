using System.Runtime.CompilerServices;

namespace Graph.Storage.Neo4j.Export;

/// <summary>
/// Merges streams that are each sorted by a string key (ordinal) into one sorted stream, holding one item per stream: the
/// relation export reads one index-ordered stream per relationship type and hands them out in global ID order.
/// </summary>
internal static class OrderedMerge
{
    public static async IAsyncEnumerable<T> MergeAsync<T>(
        IReadOnlyList<IAsyncEnumerable<T>> sources, Func<T, string> key, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var enumerators = new List<IAsyncEnumerator<T>>(sources.Count);
        try
        {
            var heads = new PriorityQueue<IAsyncEnumerator<T>, (string Key, int Source)>(Comparer<(string Key, int Source)>.Create(
                (a, b) => string.CompareOrdinal(a.Key, b.Key) is var byKey and not 0 ? byKey : a.Source.CompareTo(b.Source)));
            foreach (var source in sources)
            {
                var enumerator = source.GetAsyncEnumerator(cancellationToken);
                enumerators.Add(enumerator);
                if (await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    heads.Enqueue(enumerator, (key(enumerator.Current), enumerators.Count - 1));
                }
            }

            while (heads.TryDequeue(out var next, out var position))
            {
                yield return next.Current;
                cancellationToken.ThrowIfCancellationRequested();
                if (await next.MoveNextAsync().ConfigureAwait(false))
                {
                    heads.Enqueue(next, (key(next.Current), position.Source));
                }
            }
        }
        finally
        {
            foreach (var enumerator in enumerators)
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
