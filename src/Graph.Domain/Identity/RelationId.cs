namespace Graph.Domain.Identity;

/// <summary>The store identity of a relation, derived from its type, ends and distinguishing properties.</summary>
public readonly record struct RelationId(string Value)
{
    public override string ToString() => Value;
}
