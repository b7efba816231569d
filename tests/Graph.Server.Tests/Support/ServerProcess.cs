using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Graph.Domain.Store;
using Graph.GraphQL.Security;
using Graph.Storage.Sqlite;

namespace Graph.Server.Tests.Support;

/// <summary>
/// The built service running as its own process on Kestrel (127.0.0.1, a free port) with the sample graph on a scratch
/// store: what a client on the network talks to, raw bytes included (chunked bodies, slow bodies). Its CPU time is its
/// own, so a request's CPU cost can be read from it; tiered compilation is off in it, so hot code is compiled once and
/// no background recompilation lands on a measured request.
/// </summary>
public sealed class ServerProcess : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private readonly TemporaryDirectory _directory = new();
    private Process? _process;
    private IGraphStore? _reader;

    public Dictionary<string, string> Settings { get; init; } = [];

    public Uri BaseAddress { get; private set; } = null!;

    public string DatabasePath => _directory.File("graph.db");

    private readonly List<string> _log = [];

    /// <summary>How many lines the process has printed so far (its log).</summary>
    public int LogLength
    {
        get
        {
            lock (_log)
            {
                return _log.Count;
            }
        }
    }

    /// <summary>The lines printed since <paramref name="start"/> (a <see cref="LogLength"/>).</summary>
    public IReadOnlyList<string> LogSince(int start)
    {
        lock (_log)
        {
            return _log.Skip(start).ToList();
        }
    }

    /// <summary>CPU time the service process has used so far, all threads.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process!.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>A digest of everything the service's store holds, read from its file by a second reader (SQLite in WAL mode allows it).</summary>
    public async Task<string> ChecksumAsync()
    {
        if (_reader is null)
        {
            _reader = SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { DatabasePath = DatabasePath });
            await _reader.InitializeAsync();
        }

        return await StoreChecksum.ComputeAsync(_reader);
    }

    public HttpClient CreateClient(GraphRole? role = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        if (role is { } granted)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", Key(granted));
        }

        return client;
    }

    public async Task InitializeAsync()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var environment = new Dictionary<string, string> { ["DOTNET_TieredCompilation"] = "0" };
        var roles = new[] { GraphRole.Reader, GraphRole.Writer, GraphRole.Admin };
        for (var i = 0; i < roles.Length; i++)
        {
            environment[$"Graph__Auth__ApiKeys__{i}__Name"] = roles[i].ToString().ToLowerInvariant() + "-test";
            environment[$"Graph__Auth__ApiKeys__{i}__Hash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key(roles[i]))));
            environment[$"Graph__Auth__ApiKeys__{i}__Role"] = roles[i].ToString();
        }

        foreach (var (key, value) in Settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = GraphProcess.Start(["serve", "--urls", BaseAddress.ToString().TrimEnd('/'), "--db", DatabasePath], _directory.Path, environment);
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited || clock.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"The service did not become ready:\n{string.Join('\n', LogSince(0))}");
            }

            try
            {
                using var ready = await probe.GetAsync("/readyz");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        if (_reader is IAsyncDisposable reader)
        {
            await reader.DisposeAsync();
        }

        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _directory.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.Add(line);
            }
        }
    }

    private static string Key(GraphRole role) => role switch
    {
        GraphRole.Reader => GraphServerFactory.ReaderKey,
        GraphRole.Writer => GraphServerFactory.WriterKey,
        _ => GraphServerFactory.AdminKey,
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
