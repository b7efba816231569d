namespace Graph.Domain.Store;

/// <summary>One page of a keyset-paginated result.</summary>
/// <param name="Items">The rows, each with the opaque keyset cursor that resumes after it.</param>
/// <param name="HasNextPage">True when more rows follow the last one.</param>
/// <param name="HasPreviousPage">
/// True when rows precede the first one. Exact for a page read from the end (<c>last</c>); for a page read from the start
/// it is true when the page was asked for after a cursor (Relay allows that answer where counting back costs a query).
/// Symmetrically, <paramref name="HasNextPage"/> of a page read from the end is true when it was asked for before a cursor.
/// </param>
public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, bool HasNextPage, bool HasPreviousPage = false)
{
    public static Page<T> Empty { get; } = new([], false);
}
