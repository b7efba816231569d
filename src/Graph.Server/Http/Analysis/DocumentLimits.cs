namespace Graph.Server.Http.Analysis;

/// <summary>Bounds on a document, checked before validation and execution.</summary>
internal sealed record DocumentLimits(
    int MaxDocumentBytes,
    int MaxTokens,
    int MaxParserDepth,
    int MaxAliases,
    int MaxRootFields,
    int MaxDirectives,
    int MaxOperations,
    int MaxFragments,
    int MaxSelections,
    int MaxQueryDepth);
