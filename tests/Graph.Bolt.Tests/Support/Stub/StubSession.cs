using System.Buffers.Binary;
using System.Globalization;
using System.Net.Sockets;
using Graph.Bolt.Chunking;
using Graph.Bolt.Connection;
using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Tests.Support.Stub;

/// <summary>The server side of one accepted connection, driven by a <see cref="Script"/>.</summary>
internal sealed class StubSession : IAsyncDisposable
{
    private static readonly Dictionary<byte, string> RequestNames = new()
    {
        [MessageTag.Hello] = "HELLO", [MessageTag.Logon] = "LOGON", [MessageTag.Logoff] = "LOGOFF", [MessageTag.Run] = "RUN",
        [MessageTag.Pull] = "PULL", [MessageTag.Discard] = "DISCARD", [MessageTag.Begin] = "BEGIN", [MessageTag.Commit] = "COMMIT",
        [MessageTag.Rollback] = "ROLLBACK", [MessageTag.Reset] = "RESET", [MessageTag.Goodbye] = "GOODBYE", [MessageTag.Route] = "ROUTE",
        [MessageTag.Telemetry] = "TELEMETRY",
    };

    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly ChunkReader _reader;

    public StubSession(TcpClient client, CancellationToken cancellationToken)
    {
        _client = client;
        _stream = client.GetStream();
        _reader = new ChunkReader(_stream);
        Cancellation = cancellationToken;
    }

    public CancellationToken Cancellation { get; }

    /// <summary>The requests received so far, by name, in order.</summary>
    public List<string> Received { get; } = [];

    /// <summary>The PackStream bytes of the last request read, for checks on its exact encoding.</summary>
    public byte[] LastPayload { get; private set; } = [];

    public async Task<uint[]> ReadHandshakeAsync()
    {
        var bytes = await _reader.ReadRawAsync(20, Cancellation);
        Check(BinaryPrimitives.ReadUInt32BigEndian(bytes) == HandshakeConstants.Magic, "the Bolt identification 60 60 B0 17");
        return Enumerable.Range(1, 4).Select(i => BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(i * 4))).ToArray();
    }

    public Task WriteRawAsync(byte[] bytes) => _stream.WriteAsync(bytes, Cancellation).AsTask();

    public async Task<byte[]> ReadRawAsync(int count) => await _reader.ReadRawAsync(count, Cancellation);

    /// <summary>Reads one request and checks its name; returns its fields.</summary>
    public async Task<IReadOnlyList<object?>> ExpectAsync(string name)
    {
        var message = await _reader.ReadMessageAsync(Cancellation);
        LastPayload = message.ToArray();
        var reader = new PackStreamReader(message.Span);
        var (count, tag) = reader.ReadStructHeader();
        var actual = RequestNames.GetValueOrDefault(tag, string.Create(CultureInfo.InvariantCulture, $"0x{tag:X2}"));
        Received.Add(actual);
        Check(actual == name, $"{name} but received {actual}");
        var fields = new object?[count];
        for (var i = 0; i < count; i++)
        {
            fields[i] = reader.ReadValue();
        }

        return fields;
    }

    public async Task SendAsync(byte tag, params object?[] fields)
    {
        using var payload = new PooledBufferWriter();
        var writer = new PackStreamWriter(payload);
        writer.WriteStructHeader(fields.Length, tag);
        foreach (var field in fields)
        {
            writer.WriteValue(field);
        }

        using var framed = new PooledBufferWriter();
        ChunkWriter.WriteMessage(payload.WrittenSpan, framed);
        await _stream.WriteAsync(framed.WrittenMemory, Cancellation);
    }

    /// <summary>Waits until the client closes its side (after GOODBYE, or on disposal).</summary>
    public async Task ExpectCloseAsync()
    {
        var buffer = new byte[1];
        var read = await _stream.ReadAsync(buffer, Cancellation);
        Check(read == 0, "the client to close the connection");
    }

    public void Close() => _client.Client.Close();

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        await _stream.DisposeAsync();
        _client.Dispose();
    }

    private static void Check(bool condition, string expected)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Script mismatch: expected {expected}.");
        }
    }
}
