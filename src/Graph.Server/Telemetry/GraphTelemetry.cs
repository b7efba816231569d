using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Graph.Server.Telemetry;

/// <summary>The service's own trace source and meter (name <c>Graph.Server</c>), next to ASP.NET Core's.</summary>
internal static class GraphTelemetry
{
    public const string Name = "Graph.Server";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>GraphQL operations by type and outcome.</summary>
    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "graph.graphql.operation.duration", "ms", "Time to validate and execute one GraphQL operation.");

    /// <summary>Estimated cost of each GraphQL operation (the complexity analyzer's total).</summary>
    public static readonly Histogram<double> OperationCost = Meter.CreateHistogram<double>(
        "graph.graphql.operation.cost", description: "Estimated cost of one GraphQL operation.");

    /// <summary>Store calls by operation.</summary>
    public static readonly Histogram<double> StoreCallDuration = Meter.CreateHistogram<double>(
        "graph.store.call.duration", "ms", "Time of one store call.");
}
