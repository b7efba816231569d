using System.Globalization;

namespace Graph.Bolt.Connection;

/// <summary>A server's host and Bolt port, as routing tables list them (<c>host:port</c>).</summary>
internal readonly record struct ServerAddress(string Host, int Port)
{
    public const int DefaultPort = 7687;

    public static ServerAddress Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        // [v6]:port, host:port or host alone.
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            var host = text[1..close];
            return new ServerAddress(host, close + 2 < text.Length ? int.Parse(text[(close + 2)..], CultureInfo.InvariantCulture) : DefaultPort);
        }

        var colon = text.LastIndexOf(':');
        return colon < 0
            ? new ServerAddress(text, DefaultPort)
            : new ServerAddress(text[..colon], int.Parse(text[(colon + 1)..], CultureInfo.InvariantCulture));
    }

    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"[{Host}]:{Port}")
            : string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}");
}
