namespace Graph.Domain.Store;

/// <summary>One page of a keyset-paginated result.</summary>
/// <param name="Items">The rows, each with the opaque keyset cursor that resumes after it.</param>
/// <param name="HasNextPage">True when more rows follow the last one.</param>
public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, bool HasNextPage)
{
    public static Page<T> Empty { get; } = new([], false);
}
