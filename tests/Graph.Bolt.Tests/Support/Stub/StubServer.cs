using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Graph.Bolt.Tests.Support.Stub;

/// <summary>
/// A scripted Bolt server on 127.0.0.1 and an ephemeral port: the n-th accepted connection plays the n-th script. A
/// request that differs from the script, a connection with no script left, or a step that throws is recorded and fails
/// <see cref="VerifyAsync"/>. Every wait is bounded, so a broken conversation fails fast instead of hanging the run.
/// </summary>
internal sealed class StubServer : IAsyncDisposable
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(10);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<Script> _scripts;
    private readonly ConcurrentQueue<Exception> _errors = new();
    private readonly List<Task> _sessions = [];
    private readonly CancellationTokenSource _stop = new(ScriptTimeout);
    private readonly Task _accepting;
    private int _accepted;
    private bool _verified;

    private StubServer(IEnumerable<Script> scripts)
    {
        _scripts = new ConcurrentQueue<Script>(scripts);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Address => $"127.0.0.1:{Port}";

    public Uri Uri(string scheme = "bolt") => new($"{scheme}://127.0.0.1:{Port}");

    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>All requests received, by connection.</summary>
    public ConcurrentDictionary<int, List<string>> Received { get; } = new();

    public static StubServer Start(params Script[] scripts) => new(scripts);

    /// <summary>Waits for every started conversation to finish its script and fails on any mismatch.</summary>
    public async Task VerifyAsync(int? expectedConnections = null)
    {
        _verified = true;
        Task[] sessions;
        lock (_sessions)
        {
            sessions = [.. _sessions];
        }

        await Task.WhenAll(sessions).WaitAsync(ScriptTimeout);
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
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop.
        }

        _stop.Dispose();
        if (!_verified && !_errors.IsEmpty)
        {
            // The test failed before VerifyAsync; the script's view of the conversation is the better diagnosis.
            throw new AggregateException("The scripted server saw a different conversation.", _errors);
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
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
