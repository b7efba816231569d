using System.Collections.Immutable;
using Microsoft.Extensions.Options;

namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// The in-process source of live updates: ingestion publishes each batch once the store has committed it, and every
/// subscriber gets the events it selects through its own bounded buffer (<see cref="SubscriptionOptions.BufferSize"/>).
/// Publishing never waits for a subscriber: one that falls behind is ended with <see cref="SubscriberFellBehindException"/>.
/// </summary>
public sealed class GraphChangeFeed(IOptions<SubscriptionOptions> options)
{
    private ImmutableArray<IFeedSubscriber> _subscribers = [];

    /// <summary>Subscribers now attached (for tests and telemetry).</summary>
    public int SubscriberCount => _subscribers.Length;

    /// <summary>Hands a committed batch to every subscriber; returns at once.</summary>
    internal void Publish(CommittedBatch batch)
    {
        foreach (var subscriber in _subscribers)
        {
            subscriber.Offer(batch);
        }
    }

    /// <summary>A stream of what <paramref name="select"/> picks from each committed batch.</summary>
    internal IObservable<T> Watch<T>(Func<CommittedBatch, IEnumerable<T>> select) => new FeedObservable<T>(this, select);

    private sealed class FeedObservable<T>(GraphChangeFeed feed, Func<CommittedBatch, IEnumerable<T>> select) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer)
        {
            var subscriber = new FeedSubscriber<T>(feed, select, observer, feed.BufferSize);
            ImmutableInterlocked.Update(ref feed._subscribers, list => list.Add(subscriber));
            subscriber.Start();
            return subscriber;
        }
    }

    private int BufferSize => options.Value.BufferSize;

    internal void Detach(IFeedSubscriber subscriber) => ImmutableInterlocked.Update(ref _subscribers, list => list.Remove(subscriber));
}
