namespace Graph.Domain.Store.Filtering;

/// <summary>The condition does not hold. A condition on a value the entity lacks (an undated entity's start date) is unknown,
/// and so is its negation: such an entity matches neither (SQL's and Cypher's three-valued logic agree on this).</summary>
public sealed record Not(EntityCondition Condition) : EntityCondition;
