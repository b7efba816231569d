using System.Threading.RateLimiting;
using Graph.GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Graph.Server.Security;

/// <summary>
/// Fixed-window budgets per client (API key name, token subject or remote address), one for mutations and one for
/// expensive reads. Built on System.Threading.RateLimiting, the engine of ASP.NET Core's rate-limiting middleware;
/// applied inside the GraphQL endpoint because only the parsed operation tells a mutation from a query. Which root fields
/// are expensive is field metadata (<see cref="ExpensiveField"/>), unless <see cref="RateLimitOptions.ExpensiveFields"/> names them.
/// </summary>
internal sealed class GraphRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _mutations;
    private readonly PartitionedRateLimiter<string>? _expensive;
    private readonly Lazy<IReadOnlySet<string>> _expensiveFields;

    public GraphRateLimiter(IOptions<RateLimitOptions> options, ISchema schema)
    {
        var value = options.Value;
        _mutations = Create(value.MutationsPerMinute);
        _expensive = Create(value.ExpensiveQueriesPerMinute);
        _expensiveFields = new(() => value.ExpensiveFields is { } names
            ? new HashSet<string>(names, StringComparer.Ordinal)
            : ExpensiveField.RootFieldsOf(schema));
    }

    /// <summary>Takes one permit for the operation; returns the seconds to wait when the client is over budget, else null.</summary>
    public int? TryAcquire(string client, bool isMutation, IReadOnlyList<string> rootFields)
    {
        var limiter = isMutation ? _mutations : rootFields.Any(_expensiveFields.Value.Contains) ? _expensive : null;
        if (limiter is null)
        {
            return null;
        }

        using var lease = limiter.AttemptAcquire(client);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
    }

    public void Dispose()
    {
        _mutations?.Dispose();
        _expensive?.Dispose();
    }

    private static PartitionedRateLimiter<string>? Create(int perMinute) => perMinute <= 0
        ? null
        : PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(
            client,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}
