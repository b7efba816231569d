namespace Graph.Extraction.Evaluation;

/// <summary>The scores of one document or of a set: per entity kind, per relation type, and for observations.</summary>
public sealed class ScoreSheet
{
    private readonly SortedDictionary<string, Score> _entities = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Score> _relations = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Score> EntitiesByKind => _entities;

    public IReadOnlyDictionary<string, Score> RelationsByType => _relations;

    /// <summary>Observations matched on subject, value, unit and period (the dev corpus's rule).</summary>
    public Score Observations { get; private set; }

    /// <summary>Observations matched on the indicator's name too (the rule of the repository's own golds).</summary>
    public Score NamedObservations { get; private set; }

    /// <summary>Micro-averaged over kinds: every entity counts once.</summary>
    public Score Entities => _entities.Values.Aggregate(default(Score), (sum, s) => sum + s);

    /// <summary>Micro-averaged over types.</summary>
    public Score Relations => _relations.Values.Aggregate(default(Score), (sum, s) => sum + s);

    /// <summary>Of the matched observations, how many also have the gold's year-on-year change and target flag.</summary>
    public int YoyAgreements { get; private set; }

    public int TargetAgreements { get; private set; }

    /// <summary>Of the matched observations, how many also carry one of the gold's indicator names.</summary>
    public int IndicatorAgreements { get; private set; }

    public void AddEntity(string kind, Score score) => _entities[kind] = _entities.GetValueOrDefault(kind) + score;

    public void AddRelation(string type, Score score) => _relations[type] = _relations.GetValueOrDefault(type) + score;

    public void AddObservation(Score score, int yoyAgreements = 0, int targetAgreements = 0, int indicatorAgreements = 0)
    {
        Observations += score;
        YoyAgreements += yoyAgreements;
        TargetAgreements += targetAgreements;
        IndicatorAgreements += indicatorAgreements;
    }

    public void AddNamedObservations(Score score) => NamedObservations += score;

    public void AddAll(ScoreSheet other)
    {
        foreach (var (kind, score) in other._entities)
        {
            AddEntity(kind, score);
        }

        foreach (var (type, score) in other._relations)
        {
            AddRelation(type, score);
        }

        AddObservation(other.Observations, other.YoyAgreements, other.TargetAgreements, other.IndicatorAgreements);
        AddNamedObservations(other.NamedObservations);
    }
}
