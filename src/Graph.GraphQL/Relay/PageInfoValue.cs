namespace Graph.GraphQL.Relay;

/// <summary>The value behind <see cref="PageInfoGraphType"/>.</summary>
internal sealed record PageInfoValue(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
