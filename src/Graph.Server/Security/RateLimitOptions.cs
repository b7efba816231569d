using System.ComponentModel.DataAnnotations;

namespace Graph.Server.Security;

/// <summary>Per-client budgets for writes and expensive reads (configuration section <c>Graph:RateLimit</c>).</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Graph:RateLimit";

    /// <summary>Mutations per client per minute; 0 turns the limit off.</summary>
    [Range(0, 1_000_000)]
    public int MutationsPerMinute { get; set; } = 60;

    /// <summary>Operations that select an expensive root field, per client per minute; 0 turns the limit off.</summary>
    [Range(0, 10_000_000)]
    public int ExpensiveQueriesPerMinute { get; set; } = 600;

    /// <summary>
    /// Root fields that count as expensive, in place of the schema's own marks (<see cref="Graph.GraphQL.ExpensiveField"/>);
    /// unset (the default), the fields marked where they are defined count.
    /// </summary>
    public List<string>? ExpensiveFields { get; set; }
}
