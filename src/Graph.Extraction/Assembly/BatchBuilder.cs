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
    private readonly HashSet<Mention> _mentions = new(MentionKey.Instance);

    public GraphBatch Build(DocumentInfo document)
    {
        // Array.Sort on one comparison rather than OrderBy chains: IDs are unique, and two mentions equal on every key are the
        // same mention (one document hash), so the order is total and the unstable sort gives the order OrderBy gave.
        var entities = new Entity[_entities.Count];
        var at = 0;
        foreach (var accumulator in _entities.Values)
        {
            entities[at++] = accumulator.Build();
        }

        Array.Sort(entities, static (a, b) => string.CompareOrdinal(a.Id.Value, b.Id.Value));
        var relations = _relations.Values.ToArray();
        Array.Sort(relations, static (a, b) => string.CompareOrdinal(a.Id.Value, b.Id.Value));
        var observations = _observations.Values.ToArray();
        Array.Sort(observations, static (a, b) => string.CompareOrdinal(a.Id.Value, b.Id.Value));
        var mentions = _mentions.ToArray();
        Array.Sort(mentions, MentionOrder);
        return new(document, [.. entities], [.. relations], [.. observations], [.. mentions]);
    }

    /// <summary>By target ID, then span start, then span length, then article ID.</summary>
    private static int MentionOrder(Mention a, Mention b)
    {
        var order = string.CompareOrdinal(a.TargetId, b.TargetId);
        if (order == 0)
        {
            order = a.Span.Start.CompareTo(b.Span.Start);
        }

        if (order == 0)
        {
            order = a.Span.Length.CompareTo(b.Span.Length);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Article.Value, b.Article.Value);
    }

    private EntityAccumulator Add(EntityRef entity)
    {
        if (!_entities.TryGetValue(entity.Id, out var accumulator))
        {
            _entities[entity.Id] = accumulator = new EntityAccumulator(entity.Id, entity.Kind, entity.Name);
        }

        accumulator.Subtype ??= entity.Subtype;
        accumulator.AddAliases(entity.Aliases);

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
