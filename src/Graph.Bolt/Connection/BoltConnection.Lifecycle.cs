using Graph.Bolt.Messages;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Connection;

/// <summary>Opening (handshake, HELLO, LOGON), resetting and closing.</summary>
internal sealed partial class BoltConnection
{
    private async Task HandshakeAsync(ConnectionSettings settings, CancellationToken cancellationToken)
    {
        Handshake.WriteRequest(_outgoing);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        Version = await Handshake.ReadResponseAsync(_reader, _outgoing, cancellationToken).ConfigureAwait(false);
        // 4.4 asks for the utc patch in HELLO but keeps the legacy DateTime structures until the server accepts it.
        _writer = new Graph.Bolt.PackStream.PackStreamWriter(_payload, utcDateTime: Version >= BoltVersion.V5_0);

        // HELLO, then LOGON from 5.1, pipelined (with the manifest choice, if any, still in the buffer).
        Enqueue(new HelloMessage(Version, settings.UserAgent, BoltAgent.Current, settings.Auth, settings.RoutingContext));
        var logon = Version >= BoltVersion.V5_1;
        if (logon)
        {
            Enqueue(new LogonMessage(settings.Auth));
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var hello = await ReadAsync(cancellationToken).ConfigureAwait(false);
        if (hello is FailureMessage helloFailure)
        {
            IsBroken = true;
            throw helloFailure.ToException();
        }

        if (hello is not SuccessMessage success)
        {
            throw Broken(new BoltProtocolException($"HELLO was answered with {hello.Name}."));
        }

        // "The patch must not be applied until the server acknowledges it in the SUCCESS response" (#messages-hello,
        // patch_bolt): a 4.4 server that leaves it out reads DateTime values the legacy way, local seconds and offset.
        if (Version == BoltVersion.V4_4 && success.Metadata.GetValueOrDefault("patch_bolt") is IReadOnlyList<object?> patches &&
            patches.Contains("utc"))
        {
            _writer = new Graph.Bolt.PackStream.PackStreamWriter(_payload, utcDateTime: true);
        }

        UtcDateTime = _writer.UtcDateTime;
        ServerAgent = success.GetString("server");
        ConnectionId = success.GetString("connection_id");
        var hints = success.Metadata.GetValueOrDefault("hints") as IReadOnlyDictionary<string, object?>;
        TelemetryEnabled = Version >= BoltVersion.V5_4 && hints?.GetValueOrDefault("telemetry.enabled") is true;

        // The server promises a chunk (a NOOP at least) within this many seconds of a request while it works on it; silence
        // for longer means a dead peer or network, which cancellation alone would only notice at the caller's deadline
        // (Bolt 4.3+, https://neo4j.com/docs/bolt/current/appendix/connection-hints/#hint-recv-timeout-seconds).
        if (hints?.GetValueOrDefault("connection.recv_timeout_seconds") is long seconds and > 0)
        {
            _reader.ReadTimeout = TimeSpan.FromSeconds(seconds);
        }

        if (logon)
        {
            var response = await ReadAsync(cancellationToken).ConfigureAwait(false);
            if (response is FailureMessage failure)
            {
                // The server closes the connection after a failed LOGON (#messages-logon).
                IsBroken = true;
                throw failure.ToException();
            }
        }
    }

    /// <summary>
    /// Sends RESET and reads every response still owed, the last being RESET's own; afterwards the server is READY. A
    /// failed RESET makes the connection defunct (#messages-reset).
    /// </summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        Enqueue(EmptyMessage.Reset);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        IResponseMessage last;
        do
        {
            last = await ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        while (_pending > 0);

        if (last is not SuccessMessage)
        {
            throw Broken(new BoltProtocolException($"RESET was answered with {last.Name}."));
        }
    }

    /// <summary>Liveness check for a connection that sat idle: a RESET round trip within the timeout.</summary>
    public async Task<bool> IsAliveAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await ResetAsync(limit.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            IsBroken = true;
            return false;
        }
    }

    /// <summary>GOODBYE (no reply, #messages-goodbye), then close. Best effort: a dead peer is simply closed.</summary>
    public async Task CloseAsync()
    {
        if (!IsBroken && !_disposed)
        {
            try
            {
                Enqueue(EmptyMessage.Goodbye);
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await FlushAsync(limit.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is Neo4jException or OperationCanceledException or IOException)
            {
                // The peer is gone already; closing is all that is left to do.
            }
        }

        await DisposeAsync().ConfigureAwait(false);
    }
}
