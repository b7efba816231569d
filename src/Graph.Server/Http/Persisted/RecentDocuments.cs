namespace Graph.Server.Http.Persisted;

/// <summary>
/// The automatic persisted queries' cache: documents by hash, bounded in entries and in characters, the least recently
/// used evicted first, so hashes registered on purpose to fill it cannot keep a client's own out for good.
/// </summary>
internal sealed class RecentDocuments(int maxEntries, long maxChars)
{
    private readonly Dictionary<string, LinkedListNode<(string Hash, string Document)>> _byHash = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Hash, string Document)> _order = new();
    private readonly Lock _gate = new();
    private long _chars;

    public bool TryGet(string hash, out string document)
    {
        lock (_gate)
        {
            if (_byHash.TryGetValue(hash, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                document = node.Value.Document;
                return true;
            }
        }

        document = string.Empty;
        return false;
    }

    public void Add(string hash, string document)
    {
        if (document.Length > maxChars)
        {
            return;
        }

        lock (_gate)
        {
            if (_byHash.ContainsKey(hash))
            {
                return;
            }

            while (_byHash.Count >= maxEntries || _chars + document.Length > maxChars)
            {
                var oldest = _order.Last!;
                _order.RemoveLast();
                _byHash.Remove(oldest.Value.Hash);
                _chars -= oldest.Value.Document.Length;
            }

            _byHash[hash] = _order.AddFirst((hash, document));
            _chars += document.Length;
        }
    }
}
