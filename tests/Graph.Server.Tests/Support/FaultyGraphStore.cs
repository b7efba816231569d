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

    protected override async Task BeforeAsync(string operation, CancellationToken cancellationToken)
    {
        if (!Affected.Contains(operation))
        {
            return;
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (Failure is { } failure)
        {
            throw failure;
        }
    }
}
