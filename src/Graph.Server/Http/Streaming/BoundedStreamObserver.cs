using System.Threading.Channels;
using Graph.GraphQL.Subscriptions;
using GraphQL;

namespace Graph.Server.Http.Streaming;

/// <summary>
/// Receives a subscription's response stream into a bounded buffer that the transport drains at the client's pace. When
/// the client reads too slowly and the buffer fills, the stream ends with <see cref="SubscriberFellBehindException"/>
/// instead of growing.
/// </summary>
internal sealed class BoundedStreamObserver : IObserver<ExecutionResult>
{
    private readonly Channel<StreamItem> _items;
    private readonly int _capacity;

    public BoundedStreamObserver(int capacity)
    {
        _capacity = capacity;

        // One slot more for the closing item, so the end of a full stream is always delivered.
        _items = Channel.CreateBounded<StreamItem>(new BoundedChannelOptions(capacity + 1) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    }

    public ChannelReader<StreamItem> Items => _items.Reader;

    public void OnNext(ExecutionResult value)
    {
        if (_items.Reader.Count >= _capacity || !_items.Writer.TryWrite(new StreamItem(value)))
        {
            End(new SubscriberFellBehindException(_capacity));
        }
    }

    public void OnError(Exception error) => End(error);

    public void OnCompleted() => End(null);

    private void End(Exception? error)
    {
        if (_items.Writer.TryWrite(new StreamItem(null, Completed: true, Error: error)))
        {
            _items.Writer.TryComplete();
        }
    }
}
