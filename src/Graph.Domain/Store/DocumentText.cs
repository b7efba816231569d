namespace Graph.Domain.Store;

/// <summary>A stored document text: exactly the string every span of the document counts in (UTF-16 code units).</summary>
public sealed record DocumentText(string Hash, string Text);
