namespace Graph.Domain.Store.Filtering;

/// <summary>
/// A condition on an entity, as a tree: <see cref="AllOf"/>, <see cref="AnyOf"/> and <see cref="Not"/> combine the leaf
/// conditions on fields, relations, places and figures. Every store translates the whole tree into one query (SQL, Cypher);
/// nothing is filtered in memory. The size of a tree is bounded by its caller (see <see cref="FilterMeasure"/>).
/// </summary>
public abstract record EntityCondition;

/// <summary>Every condition holds; an empty list always holds.</summary>
public sealed record AllOf(IReadOnlyList<EntityCondition> Conditions) : EntityCondition;

/// <summary>At least one condition holds; an empty list never holds.</summary>
public sealed record AnyOf(IReadOnlyList<EntityCondition> Conditions) : EntityCondition;

/// <summary>The condition does not hold. A condition on a value the entity lacks (an undated entity's start date) is unknown,
/// and so is its negation: such an entity matches neither (SQL's and Cypher's three-valued logic agree on this).</summary>
public sealed record Not(EntityCondition Condition) : EntityCondition;
