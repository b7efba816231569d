namespace Graph.Extraction;

/// <summary>A document that cannot be ingested (wrong type, binary, not UTF-8, empty). The message names the document.</summary>
public sealed class DocumentRejectedException : Exception
{
    public DocumentRejectedException(string documentName, string reason, Exception? innerException = null)
        : base($"Document '{documentName}' was rejected: {reason}.", innerException)
    {
        DocumentName = documentName;
        Reason = reason;
    }

    /// <summary>The file or document name as given.</summary>
    public string DocumentName { get; }

    /// <summary>Why it was rejected, without the name.</summary>
    public string Reason { get; }
}
