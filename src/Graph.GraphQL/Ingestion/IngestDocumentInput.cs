namespace Graph.GraphQL.Ingestion;

/// <summary>The value of <see cref="IngestDocumentInputGraphType"/>.</summary>
internal sealed record IngestDocumentInput
{
    public string Title { get; init; } = string.Empty;

    public string Text { get; init; } = string.Empty;

    public string? Source { get; init; }

    public DateOnly? PublishedAt { get; init; }
}
