namespace Graph.Domain.Identity;

/// <summary>The store identity of an observation, derived from indicator, subject, period, unit and article.</summary>
public readonly record struct ObservationId(string Value)
{
    public override string ToString() => Value;
}
