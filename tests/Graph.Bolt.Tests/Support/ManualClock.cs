namespace Graph.Bolt.Tests.Support;

/// <summary>A wall clock the test moves by hand (pool ages, routing-table expiry); timers stay real.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2025, 4, 15, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
