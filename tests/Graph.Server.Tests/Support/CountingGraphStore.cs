using System.Collections.Concurrent;
using Graph.Domain.Store;

namespace Graph.Server.Tests.Support;

/// <summary>Counts store calls by operation, to prove batching.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : InterceptingGraphStore(inner)
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    public void Reset() => _calls.Clear();

    protected override Task BeforeAsync(string operation, CancellationToken cancellationToken)
    {
        // Health checks are the probes', not the queries'.
        if (operation != nameof(CheckHealthAsync))
        {
            _calls.AddOrUpdate(operation, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }
}
