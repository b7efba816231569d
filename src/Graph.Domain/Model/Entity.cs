using Graph.Domain.Identity;

namespace Graph.Domain.Model;

/// <summary>A node of the graph.</summary>
/// <param name="Id">Deterministic ID from kind and canonical key (<see cref="StableIds.Entity"/>).</param>
/// <param name="Kind">What the entity is.</param>
/// <param name="Name">The canonical display name (大连市, 工业和信息化部).</param>
/// <param name="Aliases">Other names it goes by (大连, 工信部); never contains <paramref name="Name"/>.</param>
/// <param name="Subtype">A finer kind: for places country, province, city, district, region; for organizations government, university, media...</param>
/// <param name="StartDate">When it begins: an event's first day, an article's publication date, a policy's issue date.</param>
/// <param name="EndDate">When it ends (an event's last day).</param>
/// <param name="Attributes">Further string properties (e.g. an article's <c>document</c> hash and ordinal).</param>
public sealed record Entity(
    EntityId Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Subtype = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null,
    IReadOnlyDictionary<string, string>? Attributes = null)
{
    /// <summary>Creates an entity whose ID is derived from kind and name.</summary>
    public static Entity Create(EntityKind kind, string name, IReadOnlyList<string>? aliases = null, string? subtype = null) =>
        new(StableIds.Entity(kind, name), kind, name, aliases ?? [], subtype);

    /// <summary>The attributes, never null.</summary>
    public IReadOnlyDictionary<string, string> AttributesOrEmpty => Attributes ?? EmptyAttributes;

    private static readonly IReadOnlyDictionary<string, string> EmptyAttributes = new Dictionary<string, string>();
}
