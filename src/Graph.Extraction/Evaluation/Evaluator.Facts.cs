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
        var predicted = batch.Observations
            .Select(o => (Observation: o, Subject: index.Key(entities[o.Subject]), Indicator: CanonicalName.Normalize(entities[o.Indicator].Name)))
            .ToList();

        // With the indicator: the rule of the repository's own golds (Gold/README.md), kept as its own score.
        var named = Match(predicted, expected, index, requireIndicator: true);
        sheet.AddNamedObservations(new Score(named.Count(m => m >= 0), named.Count(m => m < 0), expected.Count - named.Count(m => m >= 0)));

        // Subject, value, unit and period: the rule of the dev corpus (corpus/dev/README.md); a gold whose indicator also
        // agrees is preferred, and the agreements are counted beside.
        var matches = Match(predicted, expected, index, requireIndicator: false);
        var matched = new bool[expected.Count];
        var (yoy, target, indicator) = (0, 0, 0);
        for (var p = 0; p < predicted.Count; p++)
        {
            var observation = predicted[p].Observation;
            if (matches[p] is var at and >= 0)
            {
                matched[at] = true;
                yoy += expected[at].Yoy == observation.YoyPct ? 1 : 0;
                target += expected[at].Target == observation.IsTarget ? 1 : 0;
                indicator += IndicatorAgrees(expected[at], predicted[p].Indicator) ? 1 : 0;
                sheet.AddObservation(new Score(1, 0, 0));
                continue;
            }

            sheet.AddObservation(new Score(0, 1, 0));
            falsePositives.Add($"observation {Describe(entities[observation.Subject].Name, entities[observation.Indicator].Name, observation.Value, observation.Unit, PeriodOf(observation), observation.YoyPct, observation.IsTarget)}");
        }

        sheet.AddObservation(default, yoy, target, indicator);
        for (var i = 0; i < expected.Count; i++)
        {
            if (!matched[i])
            {
                var e = expected[i];
                sheet.AddObservation(new Score(0, 0, 1));
                misses.Add($"observation {Describe(e.Subject, e.Indicator, e.Value, e.Unit, (e.PeriodStart, e.PeriodEnd), e.Yoy, e.Target)}");
            }
        }
    }

    /// <summary>
    /// For each prediction, the gold it matches (one to one, in prediction order) or -1. Without the indicator rule, a gold
    /// whose indicator agrees is taken before one that only agrees on the rest.
    /// </summary>
    private static int[] Match(
        List<(Observation Observation, string Subject, string Indicator)> predicted, IReadOnlyList<GoldObservation> expected, GoldIndex index,
        bool requireIndicator)
    {
        var taken = new bool[expected.Count];
        var result = new int[predicted.Count];
        for (var p = 0; p < predicted.Count; p++)
        {
            var (observation, subject, indicator) = predicted[p];
            var period = PeriodOf(observation);
            var (best, bestNamed) = (-1, false);
            for (var i = 0; i < expected.Count && !bestNamed; i++)
            {
                var e = expected[i];
                if (taken[i] || e.Value != observation.Value || e.Unit != observation.Unit || (e.PeriodStart, e.PeriodEnd) != period
                    || index.Key(e.Subject) != subject)
                {
                    continue;
                }

                var agrees = IndicatorAgrees(e, indicator);
                if (agrees || (!requireIndicator && best < 0))
                {
                    (best, bestNamed) = (i, agrees);
                }
            }

            result[p] = best;
            if (best >= 0)
            {
                taken[best] = true;
            }
        }

        return result;
    }

    private static bool IndicatorAgrees(GoldObservation gold, string indicator) =>
        gold.Indicators.Any(name => CanonicalName.Normalize(name) == indicator);

    /// <summary>The period a prediction is scored with: none when it could not be resolved.</summary>
    private static (DateOnly? Start, DateOnly? End) PeriodOf(Observation observation) =>
        observation.IsPeriodUnresolved ? (null, null) : (observation.PeriodStart, observation.PeriodEnd);

    private static bool IsOptional(GoldIndex index, string name) => index.Find(name) is var at and >= 0 && index.Entities[at].Optional;

    private static string Describe(
        string subject, string indicator, decimal value, string unit, (DateOnly? Start, DateOnly? End) period, decimal? yoy, bool target) =>
        $"{subject} {indicator} = {Format(value)} {unit} [{Format(period.Start)}..{Format(period.End)}] yoy {Format(yoy)}{(target ? " target" : string.Empty)}";

    private static string Format(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "?";

    private static string Qualifier(string? role, string? polarity) =>
        role is not null ? $"({role})" : polarity is not null ? $"({polarity})" : string.Empty;
}
