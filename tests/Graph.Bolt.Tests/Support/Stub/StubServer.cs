using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Graph.Bolt.Tests.Support.Stub;

/// <summary>
/// A scripted Bolt server on 127.0.0.1 and an ephemeral port: the n-th accepted connection plays the n-th script, and a
/// connection is closed by the server when its script ends (so a script without GOODBYE plays a server that went away). A
/// request that differs from the script, a connection with no script left, or a step that throws is recorded and fails
/// <see cref="VerifyAsync"/>. Every wait is bounded, so a broken conversation fails fast instead of hanging the run.
/// <see cref="StopAsync"/> and <see cref="ListenAgain"/> play a server restart on the same port.
/// </summary>
internal sealed class StubServer : IAsyncDisposable
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<Script> _scripts;
    private readonly ConcurrentQueue<Exception> _errors = new();
    private readonly List<Task> _sessions = [];
    private readonly CancellationTokenSource _stop = new(ScriptTimeout);
    private TcpListener _listener;
    private Task _accepting;
    private int _accepted;
    private bool _verified;

    private StubServer(IEnumerable<Script> scripts)
    {
        _scripts = new ConcurrentQueue<Script>(scripts);
        _listener = Listen(0);
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync(_listener);
    }

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    public Uri Uri(string scheme = "bolt") => new($"{scheme}://127.0.0.1:{Port}");

    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>All requests received, by connection.</summary>
    public ConcurrentDictionary<int, List<string>> Received { get; } = new();

    public static StubServer Start(params Script[] scripts) => new(scripts);

    /// <summary>
    /// The first half of a restart: waits for every conversation to finish its script (closing its connection), then stops
    /// listening, so a connection attempt is refused until <see cref="ListenAgain"/>.
    /// </summary>
    public async Task StopAsync()
    {
        _listener.Stop();
        await IgnoreStopAsync(_accepting);
        await Task.WhenAll(Sessions()).WaitAsync(ScriptTimeout);
    }

    /// <summary>The second half of a restart: listens on the same port again, the next connections playing these scripts.</summary>
    public void ListenAgain(params Script[] scripts)
    {
        foreach (var script in scripts)
        {
            _scripts.Enqueue(script);
        }

        _listener = Listen(Port);
        _accepting = AcceptAsync(_listener);
    }

    /// <summary>Waits for every started conversation to finish its script and fails on any mismatch.</summary>
    public async Task VerifyAsync(int? expectedConnections = null)
    {
        _verified = true;
        await Task.WhenAll(Sessions()).WaitAsync(ScriptTimeout);
        if (!_errors.IsEmpty)
        {
            throw new AggregateException("The scripted server saw a different conversation.", _errors);
        }

        Assert.True(_scripts.IsEmpty, $"{_scripts.Count} scripted connection(s) were never opened.");
        if (expectedConnections is { } expected)
        {
            Assert.Equal(expected, Accepted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Only what went wrong before this point: stopping cancels the scripts still waiting, which is no news.
        var errors = _errors.ToArray();
        await _stop.CancelAsync();
        _listener.Stop();
        await IgnoreStopAsync(_accepting);
        _stop.Dispose();
        if (!_verified && errors.Length > 0)
        {
            // The test failed before VerifyAsync; the script's view of the conversation is the better diagnosis.
            throw new AggregateException("The scripted server saw a different conversation.", errors);
        }
    }

    private static TcpListener Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        // The port of a restarted stub still has connections in TIME_WAIT, which would otherwise refuse the new bind.
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        return listener;
    }

    private static async Task IgnoreStopAsync(Task accepting)
    {
        try
        {
            await accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop.
        }
    }

    private Task[] Sessions()
    {
        lock (_sessions)
        {
            return [.. _sessions];
        }
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(_stop.Token);
            // A script answers in several small writes; with Nagle's algorithm each would wait for the client's delayed ACK.
            client.NoDelay = true;
            var number = Interlocked.Increment(ref _accepted);
            var task = RunAsync(client, number);
            lock (_sessions)
            {
                _sessions.Add(task);
            }
        }
    }

    private async Task RunAsync(TcpClient client, int number)
    {
        await using var session = new StubSession(client, _stop.Token);
        Received[number] = session.Received;
        if (!_scripts.TryDequeue(out var script))
        {
            _errors.Enqueue(new InvalidOperationException($"Connection {number} was opened but no script was left for it."));
            return;
        }

        var done = 0;
        try
        {
            foreach (var step in script.Steps)
            {
                await step(session);
                done++;
            }
        }
        catch (Exception exception)
        {
            _errors.Enqueue(new InvalidOperationException(
                $"Connection {number}, step {done + 1} of {script.Steps.Count}, after [{string.Join(", ", session.Received)}]: {exception.Message}",
                exception));
        }
    }
}
