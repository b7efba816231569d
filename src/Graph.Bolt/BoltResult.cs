using Graph.Bolt.Connection;
using Graph.Bolt.Messages;

namespace Graph.Bolt;

/// <summary>
/// The records of one query, streamed: records are handed out as they arrive, and another PULL of
/// <see cref="BoltDriverOptions.FetchSize"/> records is sent only when the server said it has more (<c>has_more</c>) and
/// the caller asks for the next record. A result can be enumerated once; disposing it early discards the rest on the
/// server (DISCARD) rather than reading it.
/// </summary>
public sealed class BoltResult : IAsyncEnumerable<BoltRecord>, IAsyncDisposable
{
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly TimeSpan _cleanupTimeout;
    private readonly Func<Exception, Exception> _translate;
    private readonly Func<SuccessMessage?, Exception?, ValueTask> _finished;
    private readonly Queue<BoltRecord> _buffered = new();
    private bool _enumerated;
    private bool _done;
    private bool _discard;

    internal BoltResult(
        BoltConnection connection,
        IReadOnlyList<string> keys,
        long fetchSize,
        TimeSpan cleanupTimeout,
        Func<Exception, Exception> translate,
        Func<SuccessMessage?, Exception?, ValueTask> finished)
    {
        _connection = connection;
        Keys = keys;
        _fetchSize = fetchSize;
        _cleanupTimeout = cleanupTimeout;
        _translate = translate;
        _finished = finished;
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Set once the server has sent the last record (or the rest was discarded).</summary>
    public BoltResultSummary? Summary { get; private set; }

    internal bool IsDone => _done;

    public async IAsyncEnumerator<BoltRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("A result can be enumerated only once.");
        }

        _enumerated = true;
        while (true)
        {
            if (_buffered.TryDequeue(out var buffered))
            {
                yield return buffered;
                continue;
            }

            var record = await NextAsync(cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                yield break;
            }

            yield return record;
        }
    }

    /// <summary>All remaining records in a list.</summary>
    public async Task<List<BoltRecord>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<BoltRecord>();
        await foreach (var record in this.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>Discards what has not been read and returns the summary.</summary>
    public async Task<BoltResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _discard = true;
        _buffered.Clear();
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
        }

        return Summary!;
    }

    /// <summary>Reads the rest into memory so the connection is free for the transaction's next query.</summary>
    internal async Task BufferRemainingAsync(CancellationToken cancellationToken)
    {
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            _buffered.Enqueue(record);
        }
    }

    /// <summary>
    /// Discards the unread rest, within <see cref="BoltDriverOptions.CleanupTimeout"/>; past it the connection is dropped
    /// (the pool then closes it) rather than the caller held by a server that stopped answering.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (!_done && !_connection.IsBroken)
        {
            try
            {
                using var limit = new CancellationTokenSource(_cleanupTimeout);
                await ConsumeAsync(limit.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is Neo4jException or OperationCanceledException)
            {
                // The failure was reported to whoever owns the connection; disposal must not throw it again.
            }
        }
    }

    private async ValueTask<BoltRecord?> NextAsync(CancellationToken cancellationToken)
    {
        while (!_done)
        {
            IResponseMessage message;
            try
            {
                message = await _connection.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                await FinishAsync(null, exception).ConfigureAwait(false);
                throw _translate(exception);
            }

            switch (message)
            {
                case RecordMessage record when !_discard:
                    return new BoltRecord(Keys, record.Values);
                case RecordMessage:
                    continue;
                case SuccessMessage { HasMore: true }:
                    await RequestMoreAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                case SuccessMessage success:
                    Summary = SummaryFrom(success);
                    await FinishAsync(success, null).ConfigureAwait(false);
                    return null;
                case FailureMessage failure:
                    var error = failure.ToException();
                    await FinishAsync(null, error).ConfigureAwait(false);
                    throw _translate(error);
                default:
                    var unexpected = _connection.Broken(new BoltProtocolException($"A result stream received {message.Name}."));
                    await FinishAsync(null, unexpected).ConfigureAwait(false);
                    throw unexpected;
            }
        }

        return null;
    }

    private async ValueTask RequestMoreAsync(CancellationToken cancellationToken)
    {
        try
        {
            _connection.Enqueue(_discard ? StreamMessage.Discard(StreamMessage.All) : StreamMessage.Pull(_fetchSize));
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            await FinishAsync(null, exception).ConfigureAwait(false);
            throw _translate(exception);
        }
    }

    private ValueTask FinishAsync(SuccessMessage? success, Exception? error)
    {
        _done = true;
        return _finished(success, error);
    }

    private static BoltResultSummary SummaryFrom(SuccessMessage success)
    {
        var counters = new Dictionary<string, long>(StringComparer.Ordinal);
        if (success.Metadata.GetValueOrDefault("stats") is IReadOnlyDictionary<string, object?> stats)
        {
            foreach (var (key, value) in stats)
            {
                if (value is long count)
                {
                    counters[key] = count;
                }
            }
        }

        return new BoltResultSummary(
            success.GetString("bookmark"), success.GetString("db"), success.GetString("type"), counters,
            success.Metadata.GetValueOrDefault("plan") as IReadOnlyDictionary<string, object?>);
    }
}
