using System.Collections.Concurrent;

namespace Graph.Server.Http.Analysis;

/// <summary>
/// Remembers the analysis of documents that passed the limits, by query text and operation name: the limits are fixed
/// for the process and the parsed document is immutable, so a repeated query is neither lexed nor parsed again. Refused
/// and unparsable documents are not kept (they are cheap to refuse again and must not fill the cache). Bounded: once
/// full, new texts are analysed every time rather than evicting.
/// </summary>
internal sealed class DocumentAnalysisCache
{
    private const int Capacity = 4_096;
    private const int MaxCachedQueryLength = 16 * 1024;
    private readonly ConcurrentDictionary<(string Query, string? OperationName), OperationAnalysis> _analyses = new();

    public (OperationAnalysis? Analysis, DocumentRefusal? Refusal) Analyze(
        string query, string? operationName, DocumentLimits limits, CancellationToken cancellationToken)
    {
        if (_analyses.TryGetValue((query, operationName), out var known))
        {
            return (known, null);
        }

        var (analysis, refusal) = DocumentAnalyzer.Analyze(query, operationName, limits, cancellationToken);
        if (analysis is not null && query.Length <= MaxCachedQueryLength && _analyses.Count < Capacity)
        {
            _analyses.TryAdd((query, operationName), analysis);
        }

        return (analysis, refusal);
    }
}
