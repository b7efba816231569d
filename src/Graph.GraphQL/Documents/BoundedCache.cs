using System.Collections.Concurrent;

namespace Graph.GraphQL.Documents;

/// <summary>
/// A cache keyed by query text, bounded in entries and in the total length of the texts it keeps, so that documents
/// made unique on purpose (a comment per request) cannot make it hold more than its budget: once full, new texts are
/// worked out every time rather than evicting (a repeated query from a client keeps its place).
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity, int maxEntryChars, long maxTotalChars, Func<TKey, int> chars)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();
    private long _totalChars;

    public bool TryGet(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    public bool ContainsKey(TKey key) => _entries.ContainsKey(key);

    /// <summary>Keeps the entry when it fits the budget; otherwise leaves the cache as it is.</summary>
    public void TryAdd(TKey key, TValue value)
    {
        var size = chars(key);
        if (size > maxEntryChars || _entries.Count >= capacity)
        {
            return;
        }

        if (Interlocked.Add(ref _totalChars, size) > maxTotalChars || !_entries.TryAdd(key, value))
        {
            Interlocked.Add(ref _totalChars, -size);
        }
    }
}
