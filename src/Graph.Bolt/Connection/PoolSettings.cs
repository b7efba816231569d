namespace Graph.Bolt.Connection;

/// <summary>Limits of one server's pool.</summary>
/// <param name="IdleTimeBeforeTest">A connection idle longer than this is checked with a RESET before reuse; null never checks.</param>
internal sealed record PoolSettings(int MaxSize, TimeSpan AcquisitionTimeout, TimeSpan? IdleTimeBeforeTest, TimeSpan MaxLifetime, TimeSpan LivenessTimeout);
