using Graph.Domain.Store;

namespace Graph.Server.Tests.Support;

/// <summary>
/// Fault injection around the real store: search, statistics and health calls can be made slow (honouring
/// cancellation) or fail as a store that went down does; everything else passes through.
/// </summary>
public sealed class FaultyGraphStore(IGraphStore inner) : InterceptingGraphStore(inner)
{
    private static readonly HashSet<string> Affected = [nameof(SearchAsync), nameof(GetStatisticsAsync), nameof(CheckHealthAsync)];

    /// <summary>Added to every affected call.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>When set, affected calls throw it.</summary>
    public Exception? Failure { get; set; }

    /// <summary>The most affected calls that were in their delay at the same time.</summary>
    public int MostAtOnce => _mostAtOnce;

    private int _atOnce;
    private int _mostAtOnce;

    protected override async Task BeforeAsync(string operation, CancellationToken cancellationToken)
    {
        if (!Affected.Contains(operation))
        {
            return;
        }

        if (Delay > TimeSpan.Zero)
        {
            var now = Interlocked.Increment(ref _atOnce);
            InterlockedMax(ref _mostAtOnce, now);
            try
            {
                await Task.Delay(Delay, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _atOnce);
            }
        }

        if (Failure is { } failure)
        {
            throw failure;
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
