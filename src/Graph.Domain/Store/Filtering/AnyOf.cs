namespace Graph.Domain.Store.Filtering;

/// <summary>At least one condition holds; an empty list never holds.</summary>
public sealed record AnyOf(IReadOnlyList<EntityCondition> Conditions) : EntityCondition;
