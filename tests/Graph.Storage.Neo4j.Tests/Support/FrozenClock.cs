namespace Graph.Storage.Neo4j.Tests.Support;

/// <summary>
/// A clock that stands still: its pauses never end. Given to a store, it keeps the background schema attempts from ever
/// running, so a conversation that must not see them is not at the mercy of a slow machine.
/// </summary>
internal sealed class FrozenClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(2025, 4, 15, 8, 0, 0, TimeSpan.Zero);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new Never();

    private sealed class Never : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
