namespace Graph.GraphQL.Subscriptions;

/// <summary>A subscriber that did not keep up with the events meant for it; its stream ends rather than buffer without bound.</summary>
public sealed class SubscriberFellBehindException(int bufferSize)
    : Exception($"The subscription fell behind by more than {bufferSize} events and was ended; subscribe again.");
