namespace Graph.Domain.Identity;

/// <summary>
/// The store identity of an entity: <c>{kind}_{16 hex digits}</c>, derived from kind and canonical name
/// (see <see cref="StableIds"/>), so the same fact ingested twice lands on the same row.
/// </summary>
public readonly record struct EntityId(string Value) : IComparable<EntityId>
{
    public int CompareTo(EntityId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
