using Graph.GraphQL.Documents;

namespace Graph.Server.Http.Analysis;

/// <summary>
/// Remembers the analysis of documents that passed the limits, by query text and operation name: the limits are fixed
/// for the process and the parsed document is immutable, so a repeated query is neither lexed nor parsed again. Refused
/// and unparsable documents are not kept (they are cheap to refuse again and must not fill the cache). Bounded in
/// entries and in text (a parsed document takes some tens of times its text's memory): 500,000 characters of queries.
/// </summary>
internal sealed class DocumentAnalysisCache
{
    private readonly BoundedCache<(string Query, string? OperationName), OperationAnalysis> _analyses =
        new(capacity: 4_096, maxEntryChars: 16 * 1024, maxTotalChars: 500_000, key => key.Query.Length + (key.OperationName?.Length ?? 0));

    public (OperationAnalysis? Analysis, DocumentRefusal? Refusal) Analyze(
        string query, string? operationName, DocumentLimits limits, CancellationToken cancellationToken)
    {
        if (_analyses.TryGet((query, operationName), out var known))
        {
            return (known, null);
        }

        var (analysis, refusal) = DocumentAnalyzer.Analyze(query, operationName, limits, cancellationToken);
        if (analysis is not null)
        {
            _analyses.TryAdd((query, operationName), analysis);
        }

        return (analysis, refusal);
    }
}
