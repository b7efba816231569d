using System.Diagnostics;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Graph.GraphQL;
using Graph.GraphQL.Security;
using Graph.GraphQL.Subscriptions;
using Graph.Server.Security;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http.Streaming;

/// <summary>
/// One WebSocket speaking graphql-transport-ws (enisdenjo/graphql-ws, PROTOCOL.md). The client has
/// <see cref="SubscriptionOptions.ConnectionInitTimeout"/> to send <c>connection_init</c> (4408 after), may send it once
/// (4429 for a second), and is authenticated then: the upgrade request's <c>X-Api-Key</c> or <c>Authorization</c>
/// header, or the same names in the message's payload (browsers cannot set headers on a WebSocket); credentials that
/// do not validate, or none when reads need a key, close the socket with 4403. Each <c>subscribe</c> is checked as a
/// request to <c>/graphql</c> is (limits, role, rate) and runs in its own service scope; a refused or invalid
/// operation gets an <c>error</c> message. A <c>subscribe</c> before the acknowledgement closes with 4401, one with the
/// ID of a running operation with 4409, anything that is not a protocol message with 4400. At most
/// <see cref="SubscriptionOptions.MaxSubscriptionsPerConnection"/> operations run at once; outgoing messages wait in a
/// bounded queue, and a client that does not read them is closed (1008) rather than buffered for.
/// </summary>
internal sealed class GraphQLWebSocketSession(
    HttpContext context,
    WebSocket socket,
    GraphQLRequestReader reader,
    OperationAdmission admission,
    OperationRunner runner,
    Persisted.PersistedOperations persisted,
    LargeDocumentGate largeDocuments,
    IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopes,
    IOptions<SubscriptionOptions> subscriptionOptions,
    IOptions<GraphQLLimits> limits,
    IOptionsMonitor<AuthOptions> auth,
    ILogger<GraphQLWebSocketSession> logger) : IAsyncDisposable
{
    private const int MaxIdLength = 256;
    private const int MaxCloseReasonBytes = 123;
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);
    private static readonly JsonDocumentOptions MessageOptions = new() { MaxDepth = 64 };

    private readonly SubscriptionOptions _options = subscriptionOptions.Value;
    private readonly Channel<string> _outbox = Channel.CreateBounded<string>(
        new BoundedChannelOptions(subscriptionOptions.Value.BufferSize) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Dictionary<string, RunningOperation> _operations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _session = new();
    private readonly CancellationTokenSource _receiveAbort = new();
    private readonly CancellationTokenSource _sendAbort = new();
    private (int Code, string Reason)? _close;
    private ClaimsPrincipal? _user;
    private bool _initReceived;
    private long _lastActivity = Stopwatch.GetTimestamp();
    private Task _sender = Task.CompletedTask;

    public async Task RunAsync()
    {
        _sender = SendLoopAsync();
        var watchdog = WatchAsync();
        await ReceiveLoopAsync().ConfigureAwait(false);
        RequestClose((int)WebSocketCloseStatus.NormalClosure, string.Empty);
        _session.Cancel();
        await watchdog.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        RequestClose((int)WebSocketCloseStatus.NormalClosure, string.Empty);
        await _session.CancelAsync().ConfigureAwait(false);
        _sendAbort.CancelAfter(CloseGrace);
        await _sender.ConfigureAwait(false);
        _session.Dispose();
        _receiveAbort.Dispose();
        _sendAbort.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        var maxBytes = limits.Value.MaxRequestBytes;
        var tooBig = false;
        while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            ValueWebSocketReceiveResult received;
            try
            {
                received = await socket.ReceiveAsync(buffer.AsMemory(), _receiveAbort.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
                logger.LogDebug(exception, "WebSocket {RequestId} ended without a close handshake", context.TraceIdentifier);
                return;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            Interlocked.Exchange(ref _lastActivity, Stopwatch.GetTimestamp());
            if (!tooBig && message.Length + received.Count > maxBytes)
            {
                tooBig = true;
                RequestClose(WebSocketCloseCodes.MessageTooBig, $"A message may hold at most {maxBytes} bytes.");
            }

            if (!tooBig)
            {
                message.Write(buffer, 0, received.Count);
            }

            if (!received.EndOfMessage)
            {
                continue;
            }

            if (_close is null)
            {
                if (received.MessageType != WebSocketMessageType.Text)
                {
                    RequestClose(WebSocketCloseCodes.BadRequest, "Invalid message: messages are JSON text.");
                }
                else
                {
                    await HandleAsync(message.GetBuffer().AsMemory(0, (int)message.Length)).ConfigureAwait(false);
                }
            }

            message.SetLength(0);
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> bytes)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
        {
            RequestClose(WebSocketCloseCodes.BadRequest, "Invalid message: not UTF-8.");
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, MessageOptions);
        }
        catch (JsonException)
        {
            RequestClose(WebSocketCloseCodes.BadRequest, "Invalid message: not JSON.");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                RequestClose(WebSocketCloseCodes.BadRequest, "Invalid message: a JSON object with a 'type' string is expected.");
                return;
            }

            if (JsonRequestChecks.FindProblem(root) is { } problem)
            {
                RequestClose(WebSocketCloseCodes.BadRequest, "Invalid message: " + problem);
                return;
            }

            switch (type.GetString())
            {
                case "connection_init":
                    await InitializeAsync(root).ConfigureAwait(false);
                    break;
                case "ping":
                    Post(TransportMessages.Pong);
                    break;
                case "pong":
                    break;
                case "subscribe":
                    Subscribe(root);
                    break;
                case "complete":
                    Complete(root);
                    break;
                default:
                    RequestClose(WebSocketCloseCodes.BadRequest, $"Invalid message: unknown type '{Shorten(type.GetString()!)}'.");
                    break;
            }
        }
    }

    private async Task InitializeAsync(JsonElement message)
    {
        if (_initReceived)
        {
            RequestClose(WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        var payload = message.TryGetProperty("payload", out var value) ? value : default;
        if (payload.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            RequestClose(WebSocketCloseCodes.BadRequest, "Invalid message: the payload of connection_init must be an object.");
            return;
        }

        var (user, problem) = await AuthenticateAsync(payload).ConfigureAwait(false);
        if (problem is not null)
        {
            RequestClose(WebSocketCloseCodes.Forbidden, "Forbidden: " + problem.Message);
            return;
        }

        _user = user;
        Post(TransportMessages.ConnectionAck);
    }

    /// <summary>
    /// The credentials of the upgrade request's headers and of the payload (which wins), checked by the same
    /// authentication handlers as any request, in a scope of their own.
    /// </summary>
    private async Task<(ClaimsPrincipal User, RequestProblem? Problem)> AuthenticateAsync(JsonElement payload)
    {
        await using var scope = scopes.CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Connection.RemoteIpAddress = context.Connection.RemoteIpAddress;
        foreach (var name in new[] { ApiKeyAuthenticationHandler.HeaderName, "Authorization" })
        {
            if (context.Request.Headers.TryGetValue(name, out var header))
            {
                probe.Request.Headers[name] = header;
            }
        }

        if (payload.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in payload.EnumerateObject())
            {
                var header = property.Name.ToLowerInvariant() switch
                {
                    "x-api-key" or "apikey" => ApiKeyAuthenticationHandler.HeaderName,
                    "authorization" => "Authorization",
                    _ => null,
                };
                if (header is null)
                {
                    continue;
                }

                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    return (probe.User, new RequestProblem(StatusCodes.Status401Unauthorized, $"'{property.Name}' must be a string.", ErrorCodes.Unauthenticated));
                }

                probe.Request.Headers[header] = property.Value.GetString();
            }
        }

        var required = auth.CurrentValue.RequireKeyForReads ? GraphRole.Reader : (GraphRole?)null;
        return await CallerAuthorization.RequireAsync(probe, required, "This connection").ConfigureAwait(false);
    }

    private void Subscribe(JsonElement message)
    {
        if (_user is null)
        {
            RequestClose(WebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (!message.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String
            || idElement.GetString() is not { Length: > 0 and <= MaxIdLength } id)
        {
            RequestClose(WebSocketCloseCodes.BadRequest, $"Invalid message: subscribe needs an 'id' string of 1 to {MaxIdLength} characters.");
            return;
        }

        if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            RequestClose(WebSocketCloseCodes.BadRequest, "Invalid message: subscribe needs a 'payload' object.");
            return;
        }

        var (request, problem) = reader.ReadParameters(payload);
        if (problem is not null)
        {
            RequestClose(WebSocketCloseCodes.BadRequest, "Invalid message: " + problem.Message);
            return;
        }

        (request, problem) = persisted.Resolve(request!);
        if (problem is not null)
        {
            Post(TransportMessages.Error(id, serializer, StreamErrors.Of(problem)));
            return;
        }

        RunningOperation operation;
        lock (_gate)
        {
            if (_operations.ContainsKey(id))
            {
                RequestClose(WebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {Shorten(id)} already exists");
                return;
            }

            if (_operations.Count >= _options.MaxSubscriptionsPerConnection)
            {
                Post(TransportMessages.Error(id, serializer, StreamErrors.Of(new RequestProblem(
                    StatusCodes.Status429TooManyRequests,
                    $"At most {_options.MaxSubscriptionsPerConnection} operations run at once on one connection; complete one first.",
                    ErrorCodes.LimitExceeded))));
                return;
            }

            operation = new RunningOperation(_session.Token);
            _operations.Add(id, operation);
        }

        // Off the receive loop: analysis and the first execution are CPU work that must not hold up ping, complete or the next subscribe.
        _ = Task.Run(() => RunOperationAsync(id, request!, operation));
    }

    private void Complete(JsonElement message)
    {
        if (!message.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String)
        {
            RequestClose(WebSocketCloseCodes.BadRequest, "Invalid message: complete needs an 'id' string.");
            return;
        }

        // Unknown IDs are ignored (PROTOCOL.md: the operation may have completed already).
        lock (_gate)
        {
            if (_operations.Remove(idElement.GetString()!, out var operation))
            {
                operation.Cancel();
            }
        }
    }

    private async Task RunOperationAsync(string id, GraphQLHttpRequest request, RunningOperation operation)
    {
        var token = operation.Token;
        IDisposable? turn = null;
        try
        {
            var started = Stopwatch.GetTimestamp();
            var timeout = TimeSpan.FromSeconds(limits.Value.TimeoutSeconds);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(token);
            deadline.CancelAfter(timeout);
            Analysis.OperationAnalysis? analysis = null;
            RequestProblem? problem;
            try
            {
                // Large documents take turns here as on /graphql, from analysis to the first result.
                turn = await largeDocuments.EnterAsync(request.Query.Length, deadline.Token).ConfigureAwait(false);
                (analysis, problem) = admission.Analyze(request, deadline.Token);
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                problem = new RequestProblem(StatusCodes.Status504GatewayTimeout, "The operation ran out of time before it could execute.", ErrorCodes.Timeout);
            }

            problem ??= admission.Authorize(_user!, analysis) ?? admission.Charge(_user!, context.Connection.RemoteIpAddress?.ToString(), analysis);
            if (problem is not null)
            {
                turn?.Dispose();
                await SendAsync(TransportMessages.Error(id, serializer, StreamErrors.Of(problem)), token).ConfigureAwait(false);
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            ExecutionResult result;
            using (turn)
            {
                result = await runner.ExecuteAsync(context, request, analysis, scope.ServiceProvider, _user!, remaining, token).ConfigureAwait(false);
            }

            token.ThrowIfCancellationRequested();
            if (result.Streams is { Count: > 0 } streams)
            {
                await ForwardAsync(id, streams.Values.First(), token).ConfigureAwait(false);
            }
            else if (!result.Executed)
            {
                // Request errors (validation, variables, cost): the operation never ran.
                await SendAsync(TransportMessages.Error(id, serializer, result), token).ConfigureAwait(false);
            }
            else
            {
                await SendAsync(TransportMessages.Next(id, serializer.Serialize(result)), token).ConfigureAwait(false);
                await SendAsync(TransportMessages.Complete(id), token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Completed by the client, or the socket is closing: nothing more is sent for this ID.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "WebSocket operation {Id} on {RequestId} failed", id, context.TraceIdentifier);
            Post(TransportMessages.Error(id, serializer, StreamErrors.Of(exception)));
        }
        finally
        {
            turn?.Dispose();
            lock (_gate)
            {
                if (_operations.TryGetValue(id, out var current) && current == operation)
                {
                    _operations.Remove(id);
                }
            }

            operation.Dispose();
        }
    }

    private async Task ForwardAsync(string id, IObservable<ExecutionResult> stream, CancellationToken token)
    {
        var observer = new BoundedStreamObserver(_options.BufferSize);
        using var attached = stream.Subscribe(observer);
        await foreach (var item in observer.Items.ReadAllAsync(token).ConfigureAwait(false))
        {
            if (!item.Completed)
            {
                await SendAsync(TransportMessages.Next(id, serializer.Serialize(item.Result!)), token).ConfigureAwait(false);
                continue;
            }

            if (item.Error is not null)
            {
                logger.LogDebug(item.Error, "Subscription {Id} on {RequestId} ended with a fault", id, context.TraceIdentifier);
                await SendAsync(TransportMessages.Error(id, serializer, StreamErrors.Of(item.Error)), token).ConfigureAwait(false);
            }
            else
            {
                await SendAsync(TransportMessages.Complete(id), token).ConfigureAwait(false);
            }

            return;
        }
    }

    /// <summary>
    /// Queues an operation's message, waiting while the queue is full: a slow client slows its own operations, whose
    /// bounded buffers then end them (<see cref="BoundedStreamObserver"/>).
    /// </summary>
    private async Task SendAsync(string text, CancellationToken token)
    {
        try
        {
            await _outbox.Writer.WriteAsync(text, token).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            // The socket is closing; nothing more goes out.
        }
    }

    /// <summary>Queues a protocol reply without waiting; a client that lets the queue fill is closed.</summary>
    private void Post(string text)
    {
        if (!_outbox.Writer.TryWrite(text) && _close is null)
        {
            RequestClose(WebSocketCloseCodes.PolicyViolation, $"Too slow: {_options.BufferSize} messages were waiting to be read.");
        }
    }

    private async Task SendLoopAsync()
    {
        try
        {
            await foreach (var text in _outbox.Reader.ReadAllAsync(_sendAbort.Token).ConfigureAwait(false))
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, _sendAbort.Token).ConfigureAwait(false);
            }

            if (_close is { } close && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)close.Code, close.Reason, _sendAbort.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            logger.LogDebug(exception, "WebSocket {RequestId}: sending stopped", context.TraceIdentifier);
        }
    }

    /// <summary>Closes for a missing <c>connection_init</c> and for idleness (no operation running, nothing received).</summary>
    private async Task WatchAsync()
    {
        var shortest = _options.ConnectionInitTimeout < _options.IdleTimeout ? _options.ConnectionInitTimeout : _options.IdleTimeout;
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(shortest.TotalMilliseconds / 4, 10, 1_000));
        var opened = Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(tick);
        try
        {
            while (await timer.WaitForNextTickAsync(_session.Token).ConfigureAwait(false))
            {
                if (!_initReceived && Stopwatch.GetElapsedTime(opened) > _options.ConnectionInitTimeout)
                {
                    RequestClose(WebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
                    return;
                }

                bool idle;
                lock (_gate)
                {
                    idle = _operations.Count == 0 && Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastActivity)) > _options.IdleTimeout;
                }

                if (idle)
                {
                    RequestClose(WebSocketCloseCodes.PolicyViolation, "Idle for too long: no operation and no message.");
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The session ended.
        }
    }

    /// <summary>Ends the session with a close frame sent after what is already queued; the client has a grace period to answer it.</summary>
    private void RequestClose(int code, string reason)
    {
        lock (_gate)
        {
            if (_close is not null)
            {
                return;
            }

            _close = (code, Truncate(reason));
        }

        _outbox.Writer.TryComplete();
        _session.Cancel();
        try
        {
            _receiveAbort.CancelAfter(CloseGrace);
        }
        catch (ObjectDisposedException)
        {
            // Already torn down.
        }
    }

    private static string Shorten(string value) => value.Length <= 32 ? value : value[..32] + "…";

    /// <summary>RFC 6455 section 5.5: a control frame's payload is at most 125 bytes, two of them the code.</summary>
    private static string Truncate(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= MaxCloseReasonBytes)
        {
            return reason;
        }

        var end = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, end)) > MaxCloseReasonBytes - 3)
        {
            end--;
        }

        return reason[..end] + "…";
    }
}
