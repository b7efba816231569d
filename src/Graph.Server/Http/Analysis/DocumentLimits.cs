namespace Graph.Server.Http.Analysis;

/// <summary>Bounds on a document, checked before execution.</summary>
internal sealed record DocumentLimits(
    int MaxDocumentBytes, int MaxTokens, int MaxParserDepth, int MaxAliases, int MaxRootFields, int MaxDirectives);
