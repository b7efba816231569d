namespace Graph.Server.GraphQL.Queries;

/// <summary>The value of <see cref="EntityFilterInputGraphType"/>.</summary>
internal sealed record EntityFilter
{
    public string? NameContains { get; init; }

    public string? Subtype { get; init; }

    public string? LocatedIn { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}
