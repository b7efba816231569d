namespace Graph.Storage.Sqlite.Schema;

/// <summary>Schema version 5: documents may keep their text.</summary>
internal static class DocumentTextSchema
{
    // A table of its own rather than a column of documents: documents is WITHOUT ROWID, whose rows should stay small (a
    // text of megabytes would spill into overflow pages on every read of a document's name), and a rowid table stores a
    // large value in overflow pages that only a read of the text touches. No row for a document stored without its text.
    public const string Sql = """
        CREATE TABLE document_texts (
            hash TEXT NOT NULL UNIQUE REFERENCES documents (hash),
            text TEXT NOT NULL
        );
        """;
}
