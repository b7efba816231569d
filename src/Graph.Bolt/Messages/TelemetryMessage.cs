using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Messages;

/// <summary>
/// TELEMETRY (54, Bolt 5.4+, #messages-telemetry): which driver API started the work. Sent only when the server's HELLO
/// hints enable it (<c>telemetry.enabled</c>).
/// </summary>
internal sealed class TelemetryMessage(TelemetryApi api) : IRequestMessage
{
    public string Name => "TELEMETRY";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageTag.Telemetry);
        writer.WriteInteger((long)api);
    }
}
