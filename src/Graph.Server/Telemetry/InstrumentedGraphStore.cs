using System.Diagnostics;
using Graph.Domain.Store;

namespace Graph.Server.Telemetry;

/// <summary>
/// Times every store call (a span and a histogram point tagged with the operation) and passes it to the backend.
/// Lifecycle calls get a span only; export streams pass through untimed. Owns the backend: disposing this disposes it.
/// </summary>
internal sealed class InstrumentedGraphStore(IGraphStore inner) : DelegatingGraphStore(inner)
{
    protected override async Task<T> InvokeAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var activity = GraphTelemetry.Source.StartActivity("store " + operation, ActivityKind.Client);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            GraphTelemetry.StoreCallDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("operation", operation));
        }
    }

    protected override async Task InvokeAsync(string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        using var activity = GraphTelemetry.Source.StartActivity("store " + operation, ActivityKind.Client);
        await call(cancellationToken).ConfigureAwait(false);
    }
}
