namespace Graph.Domain.Store.Filtering;

/// <summary>Every condition holds; an empty list always holds.</summary>
public sealed record AllOf(IReadOnlyList<EntityCondition> Conditions) : EntityCondition;
