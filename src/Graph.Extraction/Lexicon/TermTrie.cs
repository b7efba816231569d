namespace Graph.Extraction.Lexicon;

/// <summary>
/// A character trie over fixed terms. Matching walks from one start position and reports every term ending on the way,
/// so a leftmost-longest scan costs O(text length × longest term) with no backtracking.
/// </summary>
/// <remarks>
/// Scans ask at every position of a text, so a step is kept cheap: a node's children are two parallel arrays searched with
/// a vectorized IndexOf (most nodes have a handful), and a wide root (the gazetteer's thousands of first characters) gets a
/// direct table by character. Node 0 is the root, so 0 also means "no child".
/// </remarks>
internal sealed class TermTrie<T>
    where T : class
{
    // Above this many first characters the root gets its direct table (256 KB): only the large fixed lexicons reach it.
    private const int RootTableThreshold = 512;

    private Node[] _nodes = [new()];
    private int _count = 1;
    private int[]? _rootTable;

    // One bit per character that starts a term: most positions of a text start none, and a scan asks at every position, so
    // the miss is answered here without a lookup.
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
            var child = Child(node, c);
            if (child == 0)
            {
                child = NewNode();
                AddChild(node, c, child);
            }

            node = child;
        }

        ref var last = ref _nodes[node];
        last.Value = last.Value is { } existing ? (merge is null ? existing : merge(existing, value)) : value;
        MaxLength = Math.Max(MaxLength, term.Length);
    }

    /// <summary>True when the term is exactly present.</summary>
    public bool Contains(string term) => Get(term) is not null;

    public T? Get(string term)
    {
        var node = 0;
        foreach (var c in term)
        {
            if ((node = Child(node, c)) == 0)
            {
                return null;
            }
        }

        return _nodes[node].Value;
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
            if ((node = Child(node, text[i])) == 0)
            {
                return;
            }

            if (_nodes[node].Value is { } value)
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
            if ((node = Child(node, text[i])) == 0)
            {
                break;
            }

            if (_nodes[node].Value is { } value)
            {
                best = (i - start + 1, value);
            }
        }

        return best;
    }

    private bool StartsTerm(char c) => (_firstChars[c >> 6] & (1UL << c)) != 0;

    private int Child(int node, char c)
    {
        if (node == 0 && _rootTable is { } table)
        {
            return table[c];
        }

        ref var parent = ref _nodes[node];
        var at = parent.Keys is null ? -1 : parent.Keys.AsSpan(0, parent.ChildCount).IndexOf(c);
        return at < 0 ? 0 : parent.Children![at];
    }

    private int NewNode()
    {
        if (_count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        return _count++;
    }

    private void AddChild(int node, char c, int child)
    {
        ref var parent = ref _nodes[node];
        if (parent.Keys is null)
        {
            (parent.Keys, parent.Children) = (new char[2], new int[2]);
        }
        else if (parent.ChildCount == parent.Keys.Length)
        {
            Array.Resize(ref parent.Keys, parent.Keys.Length * 2);
            Array.Resize(ref parent.Children, parent.Keys.Length);
        }

        parent.Keys[parent.ChildCount] = c;
        parent.Children![parent.ChildCount] = child;
        parent.ChildCount++;
        if (node == 0)
        {
            if (_rootTable is not null)
            {
                _rootTable[c] = child;
            }
            else if (parent.ChildCount > RootTableThreshold)
            {
                _rootTable = new int[char.MaxValue + 1];
                for (var k = 0; k < parent.ChildCount; k++)
                {
                    _rootTable[parent.Keys[k]] = parent.Children[k];
                }
            }
        }
    }

    private struct Node
    {
        public char[]? Keys;
        public int[]? Children;
        public int ChildCount;
        public T? Value;
    }
}
