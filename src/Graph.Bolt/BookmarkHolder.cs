namespace Graph.Bolt;

/// <summary>
/// Causal consistency across a driver: the bookmark of the latest committed transaction is sent with every later
/// transaction, so a read sees the writes made before it, on whichever cluster member it runs.
/// </summary>
internal sealed class BookmarkHolder
{
    private readonly Lock _lock = new();
    private IReadOnlyList<string> _bookmarks = [];

    public IReadOnlyList<string> Current
    {
        get
        {
            lock (_lock)
            {
                return _bookmarks;
            }
        }
    }

    public void Update(string? bookmark)
    {
        if (string.IsNullOrEmpty(bookmark))
        {
            return;
        }

        lock (_lock)
        {
            _bookmarks = [bookmark];
        }
    }
}
