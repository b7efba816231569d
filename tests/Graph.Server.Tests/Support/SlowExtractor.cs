using Graph.Domain.Model;
using Graph.Extraction;

namespace Graph.Server.Tests.Support;

/// <summary>
/// Fault injection around the real extractor: before extracting, it spends <see cref="Busy"/> of CPU time, looking at its
/// cancellation token or not (an extractor slow to notice it), then extracts for real with the same token.
/// </summary>
public sealed class SlowExtractor(IDocumentExtractor inner) : IDocumentExtractor
{
    public TimeSpan Busy { get; set; }

    /// <summary>Whether the busy part looks at the token.</summary>
    public bool Cooperative { get; set; } = true;

    /// <summary>Extractions that began.</summary>
    public int Started => _started;

    /// <summary>Extractions that ran to their end, cancelled or not.</summary>
    public int Finished => _finished;

    private int _started;
    private int _finished;

    public GraphBatch Extract(SourceDocument document, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _started);
        try
        {
            var until = DateTime.UtcNow + Busy;
            while (DateTime.UtcNow < until)
            {
                if (Cooperative)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                Thread.SpinWait(10_000);
            }

            return inner.Extract(document, cancellationToken);
        }
        finally
        {
            Interlocked.Increment(ref _finished);
        }
    }
}
