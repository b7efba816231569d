namespace Graph.Domain.Model;

/// <summary>A source document, identified by the SHA-256 of its text. The text itself is not stored.</summary>
/// <param name="Hash">Lower-case hex SHA-256 of the decoded text.</param>
/// <param name="Name">File name or the title given on ingestion.</param>
/// <param name="Length">Length of the decoded text in UTF-16 code units; every span lies inside it.</param>
public sealed record DocumentInfo(string Hash, string Name, string? Title, string? Source, DateOnly? PublishedAt, int Length);
