namespace Graph.Server.Tests.Support;

/// <summary>An HTTP/1.1 request written as raw bytes, part by part with a pause before each: what no HttpClient sends.</summary>
public sealed record RawExchange(IReadOnlyList<(TimeSpan Pause, byte[] Bytes)> Parts)
{
    public static RawExchange Of(params (TimeSpan Pause, string Text)[] parts) =>
        new(parts.Select(p => (p.Pause, System.Text.Encoding.UTF8.GetBytes(p.Text))).ToList());
}
