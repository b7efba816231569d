using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Chunking;

/// <summary>
/// Reassembles messages from chunks read off a stream (https://neo4j.com/docs/bolt/current/bolt/message/#chunking).
/// A zero-size chunk ends the message being gathered; one that arrives before any data is a NOOP (keep-alive) and is
/// skipped. The returned bytes stay valid until the next read.
/// </summary>
internal sealed class ChunkReader : IDisposable
{
    private const int ReadBufferSize = 16 * 1024;

    private readonly Stream _stream;
    private readonly PooledBufferWriter _message = new();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(ReadBufferSize);
    private int _start;
    private int _end;

    public ChunkReader(Stream stream) => _stream = stream;

    /// <summary>NOOP chunks seen so far (for tests and diagnostics).</summary>
    public int NoopChunks { get; private set; }

    /// <summary>
    /// When set, a wait for bytes that lasts longer fails with <see cref="TimeoutException"/>. Any bytes restart the clock, so
    /// NOOP chunks keep a slow query's connection alive (#hint-recv-timeout-seconds).
    /// </summary>
    public TimeSpan? ReadTimeout { get; set; }

    public async ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        _message.Clear();
        while (true)
        {
            if (_end - _start < ChunkWriter.HeaderSize)
            {
                await FillAsync(ChunkWriter.HeaderSize, cancellationToken).ConfigureAwait(false);
            }

            int size = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start, ChunkWriter.HeaderSize));
            _start += ChunkWriter.HeaderSize;
            if (size == 0)
            {
                if (_message.WrittenCount > 0)
                {
                    return _message.WrittenMemory;
                }

                NoopChunks++;
                continue;
            }

            while (size > 0)
            {
                if (_end == _start)
                {
                    await FillAsync(1, cancellationToken).ConfigureAwait(false);
                }

                var take = Math.Min(size, _end - _start);
                _message.Write(_buffer.AsSpan(_start, take));
                _start += take;
                size -= take;
            }
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> raw bytes (the handshake, before chunking starts).</summary>
    public async ValueTask<byte[]> ReadRawAsync(int count, CancellationToken cancellationToken)
    {
        if (_end - _start < count)
        {
            await FillAsync(count, cancellationToken).ConfigureAwait(false);
        }

        var bytes = _buffer.AsSpan(_start, count).ToArray();
        _start += count;
        return bytes;
    }

    public void Dispose()
    {
        _message.Dispose();
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async ValueTask FillAsync(int minimum, CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        while (_end < minimum)
        {
            var read = await ReadOnceAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new EndOfStreamException("The server closed the connection.");
            }

            _end += read;
        }
    }

    private async ValueTask<int> ReadOnceAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (ReadTimeout is not { } timeout)
        {
            return await _stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            return await _stream.ReadAsync(buffer, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(string.Create(
                CultureInfo.InvariantCulture,
                $"Nothing arrived for {timeout.TotalSeconds} s, the server's receive timeout; the connection is stale."));
        }
    }
}
