using Graph.GraphQL;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http;

/// <summary>
/// A bulkhead for large documents: their analysis, validation and execution cost CPU in proportion to their size, and
/// legitimate queries are small, so documents of <see cref="GraphQLLimits.LargeDocumentChars"/> or more take turns
/// (<see cref="GraphQLLimits.MaxConcurrentLargeDocuments"/> at a time), waiting without a thread within their deadline.
/// Clients that send them back to back cannot take every core from everyone else.
/// </summary>
internal sealed class LargeDocumentGate(IOptions<GraphQLLimits> limits) : IDisposable
{
    private readonly SemaphoreSlim _turns = new(limits.Value.MaxConcurrentLargeDocuments, limits.Value.MaxConcurrentLargeDocuments);

    /// <summary>A turn for a document of <paramref name="length"/> characters (none needed below the threshold); dispose it when done.</summary>
    public async Task<IDisposable?> EnterAsync(int length, CancellationToken cancellationToken)
    {
        if (length < limits.Value.LargeDocumentChars)
        {
            return null;
        }

        await _turns.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(_turns);
    }

    public void Dispose() => _turns.Dispose();

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turns.Release();
            }
        }
    }
}
