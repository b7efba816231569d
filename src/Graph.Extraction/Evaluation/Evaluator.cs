using System.Globalization;
using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// Scores a batch against its gold. Matching rules:
/// <list type="bullet">
/// <item>An entity is scored when the batch mentions it (entities only implied as a relation's end are not); it matches the gold
/// entity of the same kind one of whose names (canonical name or alias, compared as <see cref="CanonicalName"/>) is the
/// predicted canonical name or one of its aliases. A second prediction matching an already matched gold entity is a false positive: one entity per
/// real thing. Article, Source and Indicator entities are structure, not scored.</item>
/// <item>A relation matches when type and both ends agree (each end is the gold entity it names, else its canonical name),
/// and the role or polarity too where the gold gives one. MENTIONS and PUBLISHED_BY are structure, not scored.</item>
/// <item>An observation matches when subject, value, unit and period agree (a gold without a period matches a prediction whose
/// period is unresolved). Whether the indicator agrees too (the gold's name or one of its alternatives) is counted beside, and
/// scored on its own as <see cref="ScoreSheet.NamedObservations"/>, the rule of the repository's own golds.</item>
/// </list>
/// Every match is one-to-one.
/// </summary>
public static partial class Evaluator
{
    private static readonly EntityKind[] ScoredKinds =
    [
        EntityKind.Company, EntityKind.Organization, EntityKind.Person, EntityKind.Place, EntityKind.Policy, EntityKind.Event,
        EntityKind.Project, EntityKind.Product, EntityKind.Industry,
    ];

    private static readonly RelationType[] UnscoredTypes = [RelationType.Mentions, RelationType.PublishedBy];

    public static DocumentEvaluation Evaluate(string document, GraphBatch batch, GoldAnnotation gold)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(gold);
        var index = new GoldIndex(gold.Entities);
        var sheet = new ScoreSheet();
        var misses = new List<string>();
        var falsePositives = new List<string>();
        var names = batch.Entities.ToDictionary(e => e.Id);
        ScoreEntities(batch, index, sheet, misses, falsePositives);
        ScoreRelations(batch, gold, index, names, sheet, misses, falsePositives);
        ScoreObservations(batch, gold, index, names, sheet, misses, falsePositives);
        return new DocumentEvaluation(document, sheet, misses, falsePositives);
    }

    private static void ScoreEntities(GraphBatch batch, GoldIndex index, ScoreSheet sheet, List<string> misses, List<string> falsePositives)
    {
        var mentioned = batch.Mentions.Select(m => m.TargetId).ToHashSet(StringComparer.Ordinal);
        var matched = new bool[index.Entities.Count];
        foreach (var kind in ScoredKinds)
        {
            sheet.AddEntity(kind.ToString(), default);
        }

        foreach (var entity in batch.Entities.Where(e => ScoredKinds.Contains(e.Kind) && mentioned.Contains(e.Id.Value)))
        {
            var at = index.Find(entity, matched);
            if (at >= 0 && index.Entities[at].Optional)
            {
                continue;
            }

            if (at >= 0 && !matched[at])
            {
                matched[at] = true;
                sheet.AddEntity(entity.Kind.ToString(), new Score(1, 0, 0));
                continue;
            }

            sheet.AddEntity(entity.Kind.ToString(), new Score(0, 1, 0));
            var why = at >= 0 ? $" (a second entity for {index.Entities[at].Name})"
                : index.Find(entity.Name) is var other and >= 0 ? $" (gold has it as {index.Entities[other].Kind})" : string.Empty;
            falsePositives.Add($"entity {entity.Kind} {entity.Name}{why}");
        }

        for (var i = 0; i < matched.Length; i++)
        {
            if (!matched[i] && !index.Entities[i].Optional)
            {
                sheet.AddEntity(index.Kinds[i].ToString(), new Score(0, 0, 1));
                misses.Add($"entity {index.Kinds[i]} {index.Entities[i].Name}");
            }
        }
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(decimal? value) => value is { } v ? Format(v) : "-";
}
