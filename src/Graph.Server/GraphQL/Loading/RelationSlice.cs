using Graph.Domain.Model;

namespace Graph.Server.GraphQL.Loading;

/// <summary>
/// Which relations of an entity a field asks for. A value type with structural equality, so that all siblings asking
/// for the same slice share one store call.
/// </summary>
internal sealed record RelationSlice(RelationDirection Direction, string TypesKey, int First, string? After)
{
    public static RelationSlice Of(RelationDirection direction, IEnumerable<RelationType>? types, int first, string? after = null) =>
        new(direction, string.Join(',', (types ?? []).Distinct().Order()), first, after);

    public IReadOnlyCollection<RelationType>? Types =>
        TypesKey.Length == 0 ? null : TypesKey.Split(',').Select(Enum.Parse<RelationType>).ToArray();
}
