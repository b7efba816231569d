using System.Net.Sockets;
using System.Text;

namespace Graph.Server.Tests.Support;

/// <summary>Sends a <see cref="RawExchange"/> over a TCP connection and reads the response's status and body.</summary>
internal static class RawHttp
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public static async Task<(int Status, string Body)> SendAsync(Uri server, RawExchange exchange)
    {
        using var cancellation = new CancellationTokenSource(Timeout);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancellation.Token);
        var stream = client.GetStream();
        try
        {
            foreach (var (pause, bytes) in exchange.Parts)
            {
                await Task.Delay(pause, cancellation.Token);
                await stream.WriteAsync(bytes, cancellation.Token);
            }
        }
        catch (IOException)
        {
            // The server may answer and close before the whole body is sent: what it answered is the result.
        }

        return Parse(await ReadAllAsync(stream, cancellation.Token));
    }

    private static async Task<string> ReadAllAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            int read;
            try
            {
                read = await stream.ReadAsync(buffer, cancellationToken);
            }
            catch (IOException)
            {
                break;
            }

            if (read == 0)
            {
                break;
            }

            received.Write(buffer, 0, read);
            if (Complete(received.ToArray()))
            {
                break;
            }
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }

    /// <summary>Whether the headers and a body of the announced length have arrived.</summary>
    private static bool Complete(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var length = text[..end].Split("\r\n").Select(line => line.Split(':', 2))
            .Where(header => header.Length == 2 && header[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(header => int.Parse(header[1].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault(-1);
        return length >= 0 && bytes.Length - Encoding.UTF8.GetByteCount(text[..(end + 4)]) >= length;
    }

    private static (int Status, string Body) Parse(string response)
    {
        var end = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var statusLine = response.Split("\r\n")[0].Split(' ');
        var status = statusLine.Length > 1 && int.TryParse(statusLine[1], out var code) ? code : 0;
        var body = end < 0 ? string.Empty : response[(end + 4)..];
        if (response[..Math.Max(end, 0)].Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return (status, body);
    }

    private static string Dechunk(string body)
    {
        var result = new StringBuilder();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.IndexOf("\r\n", position, StringComparison.Ordinal);
            if (lineEnd < 0 || !int.TryParse(body[position..lineEnd], System.Globalization.NumberStyles.HexNumber, null, out var size) || size == 0)
            {
                break;
            }

            result.Append(body, lineEnd + 2, Math.Min(size, body.Length - lineEnd - 2));
            position = lineEnd + 2 + size + 2;
        }

        return result.ToString();
    }
}
