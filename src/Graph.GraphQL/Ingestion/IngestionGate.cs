using Microsoft.Extensions.Options;

namespace Graph.GraphQL.Ingestion;

/// <summary>
/// Bounds the CPU that ingestion takes from the service: at most <see cref="IngestionOptions.MaxConcurrent"/> documents
/// are extracted at once. A place is held until the extraction has actually stopped, not until its request gave up,
/// so an extraction that is slow to notice its cancellation still counts against the bound.
/// </summary>
public sealed class IngestionGate(IOptions<IngestionOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _places = new(options.Value.MaxConcurrent, options.Value.MaxConcurrent);

    /// <summary>Runs <paramref name="work"/> on a thread-pool thread once a place is free; the caller stops waiting when its token is cancelled.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        await _places.WaitAsync(cancellationToken).ConfigureAwait(false);
        var running = Task.Run(() => work(cancellationToken), CancellationToken.None);
        _ = running.ContinueWith(
            finished =>
            {
                // Observed here too, in case the caller stopped waiting before the work failed.
                _ = finished.Exception;
                _places.Release();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return await running.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _places.Dispose();
}
