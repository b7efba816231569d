using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using Graph.Bolt.Chunking;
using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Connection;

/// <summary>
/// One Bolt connection: a socket (TLS when asked), the negotiated version, and request/response plumbing. Requests are
/// packed and chunked into an outgoing buffer by <see cref="Enqueue"/> and sent together by <see cref="FlushAsync"/>, so
/// several requests travel in one write (pipelining, #pipelining); responses come back in request order.
/// Any I/O failure or cancellation in the middle of an exchange leaves the framing unknown, so the connection is marked
/// broken and never reused.
/// </summary>
internal sealed partial class BoltConnection : IAsyncDisposable
{
    private readonly TcpClient? _client;
    private readonly Stream _stream;
    private readonly ChunkReader _reader;
    private readonly PooledBufferWriter _payload = new();
    private readonly PooledBufferWriter _outgoing = new();
    private PackStreamWriter _writer;
    private int _pending;
    private bool _disposed;

    private BoltConnection(TcpClient? client, Stream stream, ServerAddress address, TimeProvider clock)
    {
        _client = client;
        _stream = stream;
        _reader = new ChunkReader(stream);
        _writer = new PackStreamWriter(_payload);
        Address = address;
        Clock = clock;
        CreatedAt = clock.GetUtcNow();
        LastUsedAt = CreatedAt;
    }

    public ServerAddress Address { get; }

    public TimeProvider Clock { get; }

    public BoltVersion Version { get; private set; }

    public string? ServerAgent { get; private set; }

    /// <summary>Whether DateTime values travel as the Bolt 5.0 UTC structures: from 5.0, and on 4.4 once the server accepted the utc patch.</summary>
    public bool UtcDateTime { get; private set; }

    public string? ConnectionId { get; private set; }

    /// <summary>The server asked for TELEMETRY (HELLO hint <c>telemetry.enabled</c>, Bolt 5.4+).</summary>
    public bool TelemetryEnabled { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset LastUsedAt { get; set; }

    public bool IsBroken { get; private set; }

    /// <summary>
    /// Broken by the transport (reset, end of stream, a stale read) rather than by cancellation or a protocol error: the
    /// server may be gone, so the pool suspects the connections that sat idle beside this one.
    /// </summary>
    public bool IsLost { get; private set; }

    /// <summary>The pool's generation when this connection was last put back (see <see cref="ConnectionPool"/>).</summary>
    public long IdleGeneration { get; set; }

    /// <summary>The pool's authorization generation when this connection was opened (see <see cref="ConnectionPool"/>).</summary>
    public long AuthorizationGeneration { get; set; }

    /// <summary>
    /// The server answered <c>AuthorizationExpired</c>: the connection is closed without RESET, as the official drivers do,
    /// and the pool stops reusing the connections that were authenticated before it.
    /// </summary>
    public bool AuthorizationExpired { get; private set; }

    /// <summary>Responses still owed by the server for requests already enqueued.</summary>
    public int Pending => _pending;

    public static async Task<BoltConnection> OpenAsync(ServerAddress address, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        TcpClient? client = null;
        BoltConnection? connection = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.ConnectTimeout);
        try
        {
            client = new TcpClient { NoDelay = true };
            // As the official drivers do: the OS then notices, eventually, a peer that vanished without a FIN or RST.
            client.Client.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
            await client.ConnectAsync(address.Host, address.Port, timeout.Token).ConfigureAwait(false);
            Stream stream = client.GetStream();
            if (settings.Encrypted)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false, settings.TrustAnyCertificate ? static (_, _, _, _) => true : null);
                await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = address.Host }, timeout.Token)
                    .ConfigureAwait(false);
                stream = ssl;
            }

            connection = new BoltConnection(client, stream, address, settings.Clock);
            client = null;
            await connection.HandshakeAsync(settings, timeout.Token).ConfigureAwait(false);
            return connection;
        }
        catch (Exception exception) when (exception is not Neo4jException)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            client?.Dispose();
            if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            var reason = exception is OperationCanceledException
                ? string.Create(
                    CultureInfo.InvariantCulture, $"no answer within the connection timeout of {settings.ConnectTimeout.TotalSeconds} s")
                : exception.Message;
            throw new ServiceUnavailableException(
                $"Could not open a Bolt connection to {address}: {reason}", exception, couldNotConnect: true);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>Packs and chunks a request into the outgoing buffer; nothing is sent until <see cref="FlushAsync"/>.</summary>
    public void Enqueue(IRequestMessage message)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _payload.Clear();
        message.Write(_writer);
        ChunkWriter.WriteMessage(_payload.WrittenSpan, _outgoing);
        if (!ReferenceEquals(message, EmptyMessage.Goodbye))
        {
            _pending++;
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_outgoing.WrittenCount == 0)
        {
            return;
        }

        try
        {
            await _stream.WriteAsync(_outgoing.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            _outgoing.Clear();
        }
        catch (Exception exception)
        {
            throw Broken(exception);
        }
    }

    /// <summary>Reads the next server message; a summary settles one pending request.</summary>
    public async ValueTask<IResponseMessage> ReadAsync(CancellationToken cancellationToken)
    {
        IResponseMessage response;
        try
        {
            var message = await _reader.ReadMessageAsync(cancellationToken).ConfigureAwait(false);
            response = ResponseDecoder.Decode(message.Span);
        }
        catch (Exception exception)
        {
            throw Broken(exception);
        }

        if (response is not RecordMessage)
        {
            _pending--;
        }

        if (response is FailureMessage { Code: AuthorizationExpiredException.AuthorizationExpired })
        {
            AuthorizationExpired = true;
            IsBroken = true;
        }

        return response;
    }

    /// <summary>Reads one summary; a FAILURE becomes its typed exception, an IGNORED a protocol error for the caller to handle.</summary>
    public async ValueTask<SuccessMessage> ReadSuccessAsync(CancellationToken cancellationToken)
    {
        var response = await ReadAsync(cancellationToken).ConfigureAwait(false);
        return response switch
        {
            SuccessMessage success => success,
            FailureMessage failure => throw failure.ToException(),
            IgnoredMessage => throw new IgnoredException(),
            _ => throw Broken(new BoltProtocolException($"Expected a summary but the server sent {response.Name}.")),
        };
    }

    public Exception Broken(Exception exception)
    {
        IsBroken = true;
        IsLost |= exception is not (Neo4jException or OperationCanceledException);
        return exception switch
        {
            Neo4jException or OperationCanceledException => exception,
            _ => new ServiceUnavailableException($"The connection to {Address} was lost: {exception.Message}", exception),
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        IsBroken = true;
        await _stream.DisposeAsync().ConfigureAwait(false);
        _client?.Dispose();
        _reader.Dispose();
        _payload.Dispose();
        _outgoing.Dispose();
    }
}
