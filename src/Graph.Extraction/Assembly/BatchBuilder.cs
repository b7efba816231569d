using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Assembly;

/// <summary>Collects entities, relations, observations and mentions, merging duplicates by ID and mapping spans to the original text.</summary>
internal sealed partial class BatchBuilder(RepairedText text, string documentHash)
{
    private readonly Dictionary<EntityId, EntityAccumulator> _entities = [];
    private readonly Dictionary<RelationId, Relation> _relations = [];
    private readonly Dictionary<ObservationId, Observation> _observations = [];
    private readonly HashSet<Mention> _mentions = [];

    public GraphBatch Build(DocumentInfo document) =>
        new(
            document,
            [.. _entities.Values.Select(e => e.Build()).OrderBy(e => e.Id.Value, StringComparer.Ordinal)],
            [.. _relations.Values.OrderBy(r => r.Id.Value, StringComparer.Ordinal)],
            [.. _observations.Values.OrderBy(o => o.Id.Value, StringComparer.Ordinal)],
            [.. _mentions
                .OrderBy(m => m.TargetId, StringComparer.Ordinal)
                .ThenBy(m => m.Span.Start)
                .ThenBy(m => m.Span.Length)
                .ThenBy(m => m.Article.Value, StringComparer.Ordinal)]);

    private EntityAccumulator Add(EntityRef entity)
    {
        if (!_entities.TryGetValue(entity.Id, out var accumulator))
        {
            _entities[entity.Id] = accumulator = new EntityAccumulator(entity.Id, entity.Kind, entity.Name);
        }

        accumulator.Subtype ??= entity.Subtype;
        foreach (var alias in entity.Aliases ?? [])
        {
            accumulator.AddAlias(alias);
        }

        return accumulator;
    }

    private void Relate(EntityId article, RelationType type, EntityRef from, EntityRef to, int start, int end, IReadOnlyDictionary<string, string>? properties = null)
    {
        Add(from);
        Add(to);
        var relation = Relation.Create(type, from.Id, to.Id, properties);
        _relations.TryAdd(relation.Id, relation);
        Mention(relation.Id.Value, article, start, end);
    }

    private void Mention(string target, EntityId article, int start, int end)
    {
        if (end > start)
        {
            _mentions.Add(new Mention(target, article, documentHash, text.ToOriginal(start, end)));
        }
    }
}
