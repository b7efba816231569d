namespace Graph.Domain.Store;

/// <summary>The texts of documents, for snippets and readers. Only a store that keeps texts (<c>KeepText</c>) has any.</summary>
public interface IDocumentTextReader
{
    /// <summary>
    /// The stored texts of the documents with these content hashes; unknown hashes and documents stored without their text
    /// are left out.
    /// </summary>
    Task<IReadOnlyList<DocumentText>> GetDocumentTextsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default);
}
