using Graph.Domain.Model;

namespace Graph.Bench.Synthetic;

/// <summary>
/// The relations of a synthetic graph, about five per entity, streamed in entity order. Targets are drawn with Zipf
/// samplers, so rank 0 of each pool (中国 among places, 商务部 among bodies) becomes a hub with a very high degree.
/// </summary>
internal sealed class RelationGenerator
{
    private readonly SyntheticGraph _graph;
    private readonly Random _random;
    private readonly Dictionary<EntityKind, ZipfSampler> _zipf;

    public RelationGenerator(SyntheticGraph graph, int seed)
    {
        _graph = graph;
        _random = new Random(seed + 1);
        _zipf = graph.ByKind.Where(p => p.Value.Count > 0).ToDictionary(p => p.Key, p => new ZipfSampler(p.Value.Count, Exponent(p.Key)));
    }

    /// <summary>Relations of AFFECTS, TARGETS and ISSUED_BY get evidence spans; these are the links policyImpact explains.</summary>
    public static bool NeedsEvidence(Relation relation) =>
        relation.Type is RelationType.Affects or RelationType.Targets or RelationType.IssuedBy;

    public IEnumerable<Relation> Generate()
    {
        var places = _graph.Of(EntityKind.Place);
        for (var i = 0; i < places.Count; i++)
        {
            if (_graph.PlaceParents[i] >= 0)
            {
                yield return Relation.Create(RelationType.LocatedIn, places[i].Id, places[_graph.PlaceParents[i]].Id);
            }
        }

        foreach (var entity in _graph.Entities)
        {
            foreach (var relation in Outgoing(entity))
            {
                yield return relation;
            }
        }
    }

    private IEnumerable<Relation> Outgoing(Entity e)
    {
        switch (e.Kind)
        {
            case EntityKind.Company:
                yield return To(RelationType.LocatedIn, e, EntityKind.Place);
                yield return Relation.Create(RelationType.Produces, e.Id, Uniform(EntityKind.Product).Id);
                for (var n = Count(1.5); n > 0; n--)
                {
                    yield return To(RelationType.ParticipatedIn, e, EntityKind.Event);
                }

                break;
            case EntityKind.Person:
                var role = new Dictionary<string, string> { [RelationProperties.Role] = NameMaker.Pick(_random, Vocabulary.Roles) };
                yield return Relation.Create(
                    RelationType.WorksFor, e.Id, Zipf(_random.NextDouble() < 0.6 ? EntityKind.Organization : EntityKind.Company).Id, role);
                for (var n = Count(1.0); n > 0; n--)
                {
                    yield return To(RelationType.ParticipatedIn, e, EntityKind.Event);
                }

                break;
            case EntityKind.Organization:
                yield return To(RelationType.LocatedIn, e, EntityKind.Place);
                if (_random.NextDouble() < 0.6)
                {
                    yield return To(RelationType.PartOf, e, EntityKind.Organization);
                }

                yield return To(
                    RelationType.Implements, e, NameMaker.Pick(_random, [EntityKind.Policy, EntityKind.Project, EntityKind.Event]));
                break;
            case EntityKind.Policy:
                yield return To(RelationType.IssuedBy, e, EntityKind.Organization);
                for (var n = 1 + Count(1.0); n > 0; n--)
                {
                    var target = NameMaker.Pick(_random, [EntityKind.Industry, EntityKind.Industry, EntityKind.Place, EntityKind.Company]);
                    yield return To(RelationType.Targets, e, target);
                }

                for (var n = 1 + Count(0.8); n > 0; n--)
                {
                    yield return Affects(e, NameMaker.Pick(_random, [EntityKind.Industry, EntityKind.Indicator, EntityKind.Company]));
                }

                break;
            case EntityKind.Event:
                yield return To(RelationType.HeldIn, e, EntityKind.Place);
                break;
            case EntityKind.Article:
                yield return To(RelationType.PublishedBy, e, EntityKind.Source);
                for (var n = 10 + _random.Next(13); n > 0; n--)
                {
                    yield return Relation.Create(RelationType.Mentions, e.Id, Zipf(MentionedKind()).Id);
                }

                break;
            case EntityKind.Project:
                yield return To(RelationType.LocatedIn, e, EntityKind.Place);
                yield return To(RelationType.Targets, e, EntityKind.Industry);
                break;
            case EntityKind.Industry:
                yield return Affects(e, EntityKind.Industry);
                if (_random.NextDouble() < 0.5)
                {
                    yield return Affects(e, EntityKind.Indicator);
                }

                break;
        }
    }

    private Relation To(RelationType type, Entity from, EntityKind kind) => Relation.Create(type, from.Id, Target(from, kind).Id);

    // The far end of a relation from `from` to an entity of `kind`, drawn by Zipf.
    private Entity Target(Entity from, EntityKind kind)
    {
        var to = Zipf(kind);
        // A self-loop says nothing; the next entity of the pool stands in.
        if (to.Id == from.Id)
        {
            var pool = _graph.Of(kind);
            to = pool[(pool.IndexOf(to) + 1) % pool.Count];
        }

        return to;
    }

    private Relation Affects(Entity from, EntityKind kind)
    {
        // Only the target is drawn here (the same draws as To), so the relation's ID is hashed once.
        var to = Target(from, kind).Id;
        var polarity = _random.NextDouble() < 0.75 ? "+" : "-";
        return Relation.Create(
            RelationType.Affects, from.Id, to, new Dictionary<string, string> { [RelationProperties.Polarity] = polarity });
    }

    private EntityKind MentionedKind() => _random.Next(20) switch
    {
        < 5 => EntityKind.Place,
        < 9 => EntityKind.Organization,
        < 14 => EntityKind.Company,
        < 16 => EntityKind.Person,
        < 18 => EntityKind.Industry,
        < 19 => EntityKind.Policy,
        _ => EntityKind.Event,
    };

    private Entity Zipf(EntityKind kind) => _graph.Of(kind)[_zipf[kind].Next(_random)];

    private Entity Uniform(EntityKind kind) => _graph.Of(kind)[_random.Next(_graph.Of(kind).Count)];

    // A count with the given mean: the integer part always, one more with the fractional part's probability, ±1 of noise.
    private int Count(double mean)
    {
        var whole = (int)mean;
        var count = whole + (_random.NextDouble() < mean - whole ? 1 : 0) + _random.Next(-1, 2);
        return Math.Max(0, count);
    }

    private static double Exponent(EntityKind kind) => kind switch
    {
        EntityKind.Place or EntityKind.Organization => 1.0,
        EntityKind.Product => 0.5,
        _ => 0.8,
    };
}
