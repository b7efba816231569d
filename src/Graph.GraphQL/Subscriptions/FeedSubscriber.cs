using System.Threading.Channels;

namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// A subscriber's bounded buffer and the loop that hands its events to the observer one at a time. When the buffer is
/// full the subscriber is ended with <see cref="SubscriberFellBehindException"/>: the publisher never waits and memory
/// never grows past the bound.
/// </summary>
internal sealed class FeedSubscriber<T>(
    GraphChangeFeed feed, Func<CommittedBatch, IEnumerable<T>> select, IObserver<T> observer, int bufferSize) : IFeedSubscriber, IDisposable
{
    private readonly Channel<T> _buffer = Channel.CreateBounded<T>(new BoundedChannelOptions(bufferSize)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly CancellationTokenSource _stopped = new();

    public void Offer(CommittedBatch batch)
    {
        IEnumerable<T> selected;
        try
        {
            selected = select(batch);
        }
        catch (Exception exception)
        {
            _buffer.Writer.TryComplete(exception);
            return;
        }

        foreach (var item in selected)
        {
            if (!_buffer.Writer.TryWrite(item))
            {
                _buffer.Writer.TryComplete(new SubscriberFellBehindException(bufferSize));
                feed.Detach(this);
                return;
            }
        }
    }

    public void Start() => _ = Task.Run(PumpAsync);

    public void Dispose()
    {
        feed.Detach(this);
        _buffer.Writer.TryComplete();
        _stopped.Cancel();
    }

    private async Task PumpAsync()
    {
        try
        {
            await foreach (var item in _buffer.Reader.ReadAllAsync(_stopped.Token).ConfigureAwait(false))
            {
                observer.OnNext(item);
            }
        }
        catch (OperationCanceledException) when (_stopped.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            observer.OnError(exception is ChannelClosedException { InnerException: { } inner } ? inner : exception);
            return;
        }
        finally
        {
            feed.Detach(this);
        }

        if (!_stopped.IsCancellationRequested)
        {
            observer.OnCompleted();
        }
    }
}
