using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Extraction.Evaluation;

public static partial class Evaluator
{
    private static void ScoreRelations(
        GraphBatch batch, GoldAnnotation gold, GoldIndex index, Dictionary<EntityId, Entity> entities, ScoreSheet sheet,
        List<string> misses, List<string> falsePositives)
    {
        // A relation to an entity the gold leaves open is left open too.
        var expected = gold.Relations
            .Where(r => !IsOptional(index, r.From) && !IsOptional(index, r.To))
            .Select(r => (Relation: r, Key: (RelationTypes.Parse(r.Type), index.Key(r.From), index.Key(r.To))))
            .ToList();
        var matched = new bool[expected.Count];
        foreach (var relation in batch.Relations.Where(r => !UnscoredTypes.Contains(r.Type)))
        {
            var (from, to) = (entities[relation.From], entities[relation.To]);
            if (index.IsOptional(from) || index.IsOptional(to))
            {
                continue;
            }

            var key = (relation.Type, index.Key(from), index.Key(to));
            var role = relation.Properties.GetValueOrDefault(RelationProperties.Role);
            var polarity = relation.Properties.GetValueOrDefault(RelationProperties.Polarity);
            var at = -1;
            for (var i = 0; i < expected.Count && at < 0; i++)
            {
                var (r, k) = expected[i];
                at = !matched[i] && k == key && (r.Role is null || r.Role == role) && (r.Polarity is null || r.Polarity == polarity) ? i : -1;
            }

            if (at >= 0)
            {
                matched[at] = true;
                sheet.AddRelation(relation.Type.ToName(), new Score(1, 0, 0));
                continue;
            }

            sheet.AddRelation(relation.Type.ToName(), new Score(0, 1, 0));
            falsePositives.Add($"relation {from.Name} {relation.Type.ToName()}{Qualifier(role, polarity)} {to.Name}");
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!matched[i])
            {
                var r = expected[i].Relation;
                sheet.AddRelation(r.Type, new Score(0, 0, 1));
                misses.Add($"relation {r.From} {r.Type}{Qualifier(r.Role, r.Polarity)} {r.To}");
            }
        }
    }

    private static void ScoreObservations(
        GraphBatch batch, GoldAnnotation gold, GoldIndex index, Dictionary<EntityId, Entity> entities, ScoreSheet sheet,
        List<string> misses, List<string> falsePositives)
    {
        var expected = gold.Observations;
        var matched = new bool[expected.Count];
        var (yoy, target) = (0, 0);
        foreach (var observation in batch.Observations)
        {
            var subject = index.Key(entities[observation.Subject]);
            var indicator = CanonicalName.Normalize(entities[observation.Indicator].Name);
            var at = -1;
            for (var i = 0; i < expected.Count && at < 0; i++)
            {
                var e = expected[i];
                if (!matched[i] && e.Value == observation.Value && e.Unit == observation.Unit && e.PeriodStart == observation.PeriodStart
                    && e.PeriodEnd == observation.PeriodEnd && index.Key(e.Subject) == subject
                    && e.Indicators.Any(name => CanonicalName.Normalize(name) == indicator))
                {
                    at = i;
                }
            }

            if (at >= 0)
            {
                matched[at] = true;
                yoy += expected[at].Yoy == observation.YoyPct ? 1 : 0;
                target += expected[at].Target == observation.IsTarget ? 1 : 0;
                sheet.AddObservation(new Score(1, 0, 0));
                continue;
            }

            sheet.AddObservation(new Score(0, 1, 0));
            falsePositives.Add($"observation {Describe(entities[observation.Subject].Name, entities[observation.Indicator].Name, observation.Value, observation.Unit, observation.PeriodStart, observation.PeriodEnd, observation.YoyPct, observation.IsTarget)}");
        }

        sheet.AddObservation(default, yoy, target);
        for (var i = 0; i < expected.Count; i++)
        {
            if (!matched[i])
            {
                var e = expected[i];
                sheet.AddObservation(new Score(0, 0, 1));
                misses.Add($"observation {Describe(e.Subject, e.Indicator, e.Value, e.Unit, e.PeriodStart, e.PeriodEnd, e.Yoy, e.Target)}");
            }
        }
    }

    private static bool IsOptional(GoldIndex index, string name) => index.Find(name) is var at and >= 0 && index.Entities[at].Optional;

    private static string Describe(string subject, string indicator, decimal value, string unit, DateOnly start, DateOnly end, decimal? yoy, bool target) =>
        $"{subject} {indicator} = {Format(value)} {unit} [{start:yyyy-MM-dd}..{end:yyyy-MM-dd}] yoy {Format(yoy)}{(target ? " target" : string.Empty)}";

    private static string Qualifier(string? role, string? polarity) =>
        role is not null ? $"({role})" : polarity is not null ? $"({polarity})" : string.Empty;
}
