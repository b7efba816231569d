namespace Graph.Extraction;

/// <summary>A document to extract from.</summary>
/// <param name="Name">File name or a caller-chosen name; a date in it (<c>...-2025-04.txt</c>) becomes the publication date when none is given.</param>
/// <param name="Text">The decoded text. Every span in the resulting batch is a UTF-16 range of exactly this string.</param>
/// <param name="Title">Title of the whole document; used as the article title when the text has no article markers.</param>
/// <param name="Source">Publisher of the whole document; used when the text names no source.</param>
/// <param name="PublishedAt">Publication date; relative periods (今年, 一季度) resolve against its year.</param>
public sealed record SourceDocument(string Name, string Text, string? Title = null, string? Source = null, DateOnly? PublishedAt = null);
