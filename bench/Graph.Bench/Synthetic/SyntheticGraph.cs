using Graph.Domain.Model;

namespace Graph.Bench.Synthetic;

/// <summary>A generated graph held in memory, with the pools the relation generator draws from.</summary>
internal sealed class SyntheticGraph
{
    public List<Entity> Entities { get; } = [];

    public Dictionary<EntityKind, List<Entity>> ByKind { get; } =
        Enum.GetValues<EntityKind>().ToDictionary(k => k, _ => new List<Entity>());

    /// <summary>Parent of each place (by index into the place pool); -1 for the country.</summary>
    public List<int> PlaceParents { get; } = [];

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>Adds an entity; a name that canonicalizes like an earlier one of the same kind gets a serial appended.</summary>
    public void Add(Entity entity)
    {
        if (!_ids.Add(entity.Id.Value))
        {
            var renamed = entity.Name + "·" + Entities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            entity = entity with { Id = Graph.Domain.Identity.StableIds.Entity(entity.Kind, renamed), Name = renamed };
            _ids.Add(entity.Id.Value);
        }

        Entities.Add(entity);
        ByKind[entity.Kind].Add(entity);
    }

    public List<Entity> Of(EntityKind kind) => ByKind[kind];
}
