using Graph.Domain.Model;

namespace Graph.GraphQL.Loading;

/// <summary>
/// Which relations of an entity a field asks for. A value type with structural equality, so that all siblings asking
/// for the same slice share one store call.
/// </summary>
/// <param name="FromEnd">The last <paramref name="First"/> relations (before <paramref name="Before"/>) rather than the first.</param>
internal sealed record RelationSlice(
    RelationDirection Direction, string TypesKey, int First, string? After, string? Before = null, bool FromEnd = false)
{
    public static RelationSlice Of(
        RelationDirection direction,
        IEnumerable<RelationType>? types,
        int first,
        string? after = null,
        string? before = null,
        bool fromEnd = false) =>
        new(direction, string.Join(',', (types ?? []).Distinct().Order()), first, after, before, fromEnd);

    public IReadOnlyCollection<RelationType>? Types =>
        TypesKey.Length == 0 ? null : TypesKey.Split(',').Select(Enum.Parse<RelationType>).ToArray();
}
