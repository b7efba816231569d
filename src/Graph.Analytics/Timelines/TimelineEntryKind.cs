namespace Graph.Analytics.Timelines;

/// <summary>What a timeline entry is.</summary>
public enum TimelineEntryKind
{
    /// <summary>An event the entity took part in, organized or hosted.</summary>
    Event,

    /// <summary>An article that mentions the entity.</summary>
    Article,
}
