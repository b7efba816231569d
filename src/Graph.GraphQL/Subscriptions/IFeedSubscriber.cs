namespace Graph.GraphQL.Subscriptions;

/// <summary>One subscriber of the <see cref="GraphChangeFeed"/>.</summary>
internal interface IFeedSubscriber
{
    /// <summary>Takes what the subscriber wants from a batch, without waiting.</summary>
    void Offer(CommittedBatch batch);
}
