namespace Graph.Extraction.Lexicon;

/// <summary>
/// A character trie over fixed terms. Matching walks from one start position and reports every term ending on the way,
/// so a leftmost-longest scan costs O(text length × longest term) with no backtracking.
/// </summary>
internal sealed class TermTrie<T>
    where T : class
{
    private readonly List<Dictionary<char, int>?> _next = [null];
    private readonly List<T?> _values = [null];

    // One bit per character that starts a term: most positions of a text start none, and a scan asks at every position, so
    // the miss is answered here without a dictionary lookup.
    private readonly ulong[] _firstChars = new ulong[(char.MaxValue + 1) / 64];

    public int MaxLength { get; private set; }

    /// <summary>Adds a term; when it is already present, <paramref name="merge"/> combines the values (default: keep the first).</summary>
    public void Add(string term, T value, Func<T, T, T>? merge = null)
    {
        if (term.Length == 0)
        {
            return;
        }

        _firstChars[term[0] >> 6] |= 1UL << term[0];
        var node = 0;
        foreach (var c in term)
        {
            var next = _next[node] ??= [];
            if (!next.TryGetValue(c, out var child))
            {
                child = _values.Count;
                next[c] = child;
                _next.Add(null);
                _values.Add(null);
            }

            node = child;
        }

        _values[node] = _values[node] is { } existing ? (merge is null ? existing : merge(existing, value)) : value;
        MaxLength = Math.Max(MaxLength, term.Length);
    }

    /// <summary>True when the term is exactly present.</summary>
    public bool Contains(string term) => Get(term) is not null;

    public T? Get(string term)
    {
        var node = 0;
        foreach (var c in term)
        {
            if (_next[node] is not { } next || !next.TryGetValue(c, out node))
            {
                return null;
            }
        }

        return _values[node];
    }

    /// <summary>Every term starting at <paramref name="start"/> and ending at or before <paramref name="end"/>, shortest first.</summary>
    public void MatchAll(string text, int start, int end, List<(int Length, T Value)> sink)
    {
        sink.Clear();
        if (start >= end || !StartsTerm(text[start]))
        {
            return;
        }

        var node = 0;
        for (var i = start; i < end; i++)
        {
            if (_next[node] is not { } next || !next.TryGetValue(text[i], out node))
            {
                return;
            }

            if (_values[node] is { } value)
            {
                sink.Add((i - start + 1, value));
            }
        }
    }

    /// <summary>The longest term starting at <paramref name="start"/>, or length 0.</summary>
    public (int Length, T? Value) MatchLongest(string text, int start, int end)
    {
        (int, T?) best = (0, null);
        if (start >= end || !StartsTerm(text[start]))
        {
            return best;
        }

        var node = 0;
        for (var i = start; i < end; i++)
        {
            if (_next[node] is not { } next || !next.TryGetValue(text[i], out node))
            {
                break;
            }

            if (_values[node] is { } value)
            {
                best = (i - start + 1, value);
            }
        }

        return best;
    }

    private bool StartsTerm(char c) => (_firstChars[c >> 6] & (1UL << c)) != 0;
}
