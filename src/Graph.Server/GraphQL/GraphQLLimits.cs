using System.ComponentModel.DataAnnotations;

namespace Graph.Server.GraphQL;

/// <summary>Bounds on what one request may ask for (configuration section <c>Graph:Limits</c>).</summary>
public sealed class GraphQLLimits
{
    public const string SectionName = "Graph:Limits";

    /// <summary>Largest <c>first</c> on any connection or list.</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Largest <c>depth</c> of <c>neighborhood</c>.</summary>
    [Range(1, 6)]
    public int MaxNeighborhoodDepth { get; set; } = 3;

    /// <summary>Largest <c>limit</c> (nodes) of <c>neighborhood</c>.</summary>
    [Range(1, 100_000)]
    public int MaxNeighborhoodNodes { get; set; } = 500;

    /// <summary>Largest <c>maxLength</c> of <c>shortestPath</c>.</summary>
    [Range(1, 12)]
    public int MaxPathLength { get; set; } = 6;

    /// <summary>Largest request body in bytes.</summary>
    [Range(1_024, 256 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Largest query nesting depth.</summary>
    [Range(2, 100)]
    public int MaxQueryDepth { get; set; } = 15;
}
