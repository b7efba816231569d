namespace Graph.Server.Telemetry;

/// <summary>Where traces and metrics go (configuration section <c>Graph:Telemetry</c>).</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Graph:Telemetry";

    /// <summary>Print spans and metrics to the console (for a quick look).</summary>
    public bool Console { get; set; }

    /// <summary>Export over OTLP; also on whenever <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.</summary>
    public bool Otlp { get; set; }
}
