namespace Graph.Server.Http.Streaming;

/// <summary>An operation a WebSocket client started and has not completed: cancelling it ends its execution or stream.</summary>
internal sealed class RunningOperation(CancellationToken session) : IDisposable
{
    private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(session);

    public CancellationToken Token => _cancellation.Token;

    public void Cancel() => _cancellation.Cancel();

    public void Dispose() => _cancellation.Dispose();
}
