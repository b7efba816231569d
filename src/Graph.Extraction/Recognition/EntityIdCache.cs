using System.Collections.Concurrent;
using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Remembers entity IDs by kind and key: deriving one costs a Unicode normalization and a SHA-256, and the same few hundred
/// names recur in every document. Bounded, so a long-running host does not grow without limit.
/// </summary>
internal static class EntityIdCache
{
    private const int MaxEntries = 100_000;
    private static readonly ConcurrentDictionary<(EntityKind, string), EntityId> Ids = new();

    public static EntityId Get(EntityKind kind, string key)
    {
        if (Ids.TryGetValue((kind, key), out var id))
        {
            return id;
        }

        if (Ids.Count >= MaxEntries)
        {
            Ids.Clear();
        }

        return Ids.GetOrAdd((kind, key), static k => StableIds.Entity(k.Item1, k.Item2));
    }
}
