namespace Graph.Domain.Store.Filtering;

/// <summary>
/// A condition on an entity, as a tree: <see cref="AllOf"/>, <see cref="AnyOf"/> and <see cref="Not"/> combine the leaf
/// conditions on fields, relations, places and figures. Every store translates the whole tree into one query (SQL, Cypher);
/// nothing is filtered in memory. The size of a tree is bounded by its caller (see <see cref="FilterMeasure"/>).
/// </summary>
public abstract record EntityCondition;
