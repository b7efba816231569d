using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Extraction.Evaluation;

namespace Graph.Extraction.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static readonly EntityId Article = StableIds.Entity(EntityKind.Article, "doc#1");

    [Fact]
    public void Entity_names_match_the_gold_name_or_an_alias_in_canonical_form()
    {
        var batch = Batch(
            [Entity.Create(EntityKind.Organization, "工信部"), Entity.Create(EntityKind.Policy, "“南数北用”工程"), Entity.Create(EntityKind.Product, "ＸＯＳ")]);
        var gold = Gold(
            [new("Organization", "工业和信息化部", ["工信部"]), new("Policy", "南数北用工程"), new("Product", "XOS")]);

        var result = Evaluator.Evaluate("doc", batch, gold);

        Assert.Equal(new Score(3, 0, 0), result.Scores.Entities);
        Assert.Empty(result.Misses);
    }

    [Fact]
    public void A_second_entity_for_one_real_thing_a_wrong_kind_and_a_merge_of_different_things_all_count_against()
    {
        var batch = Batch(
        [
            Entity.Create(EntityKind.Place, "大连市"), Entity.Create(EntityKind.Place, "大连"),
            Entity.Create(EntityKind.Organization, "商务部研究院"), Entity.Create(EntityKind.Company, "国家数据局"),
        ]);
        var gold = Gold([new("Place", "大连市", ["大连"]), new("Organization", "商务部"), new("Organization", "国家数据局")]);

        var result = Evaluator.Evaluate("doc", batch, gold);

        Assert.Equal(new Score(1, 3, 2), result.Scores.Entities);
        Assert.Contains(result.FalsePositives, f => f.Contains("a second entity for 大连市", StringComparison.Ordinal));
        Assert.Contains(result.FalsePositives, f => f.Contains("gold has it as Organization", StringComparison.Ordinal));
        Assert.Contains("entity Organization 商务部", result.Misses);
    }

    [Fact]
    public void Optional_gold_entities_are_neither_rewarded_nor_punished_and_unmentioned_entities_are_not_scored()
    {
        var mentioned = Entity.Create(EntityKind.Industry, "大模型");
        var implied = Entity.Create(EntityKind.Place, "福建省");
        var batch = Batch([mentioned], unmentioned: [implied]);
        var gold = Gold([new("Industry", "大模型", Optional: true), new("Industry", "关键软件", Optional: true)]);

        var result = Evaluator.Evaluate("doc", batch, gold);

        Assert.Equal(default, result.Scores.Entities);
    }

    [Fact]
    public void Relations_need_both_ends_and_the_role_or_polarity_the_gold_gives()
    {
        var person = Entity.Create(EntityKind.Person, "张建华");
        var body = Entity.Create(EntityKind.Organization, "国家数据局");
        var ai = Entity.Create(EntityKind.Industry, "人工智能");
        var services = Entity.Create(EntityKind.Industry, "服务业");
        var fujian = Entity.Create(EntityKind.Place, "福建省");
        var fuzhou = Entity.Create(EntityKind.Place, "福州市");
        var batch = Batch([person, body, ai, services, fuzhou], unmentioned: [fujian], relations:
        [
            Relation.Create(RelationType.WorksFor, person.Id, body.Id, new Dictionary<string, string> { [RelationProperties.Role] = "副局长" }),
            Relation.Create(RelationType.Affects, ai.Id, services.Id, new Dictionary<string, string> { [RelationProperties.Polarity] = "-" }),
            Relation.Create(RelationType.LocatedIn, fuzhou.Id, fujian.Id),
            Relation.Create(RelationType.Mentions, Article, person.Id),
        ]);
        var gold = Gold(
            [new("Person", "张建华"), new("Organization", "国家数据局"), new("Industry", "人工智能", ["AI"]), new("Industry", "服务业"), new("Place", "福州市", ["福州"])],
            relations:
            [
                new("WORKS_FOR", "张建华", "国家数据局", Role: "局长"),
                new("AFFECTS", "AI", "服务业", Polarity: "-"),
                new("LOCATED_IN", "福州", "福建省"),
            ]);

        var result = Evaluator.Evaluate("doc", batch, gold);

        Assert.Equal(new Score(0, 1, 1), result.Scores.RelationsByType["WORKS_FOR"]);
        Assert.Equal(new Score(1, 0, 0), result.Scores.RelationsByType["AFFECTS"]);
        Assert.Equal(new Score(1, 0, 0), result.Scores.RelationsByType["LOCATED_IN"]);
        Assert.False(result.Scores.RelationsByType.ContainsKey("MENTIONS"));
    }

    [Fact]
    public void An_observation_matches_on_subject_indicator_or_an_alternative_value_unit_and_period()
    {
        var dalian = Entity.Create(EntityKind.Place, "大连市");
        var signed = Entity.Create(EntityKind.Indicator, "服务外包合同签约额");
        var executed = Entity.Create(EntityKind.Indicator, "执行额");
        var batch = Batch([dalian], unmentioned: [signed, executed], observations:
        [
            Observation(signed, dalian, 167850m, "万美元", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), 57m),
            Observation(executed, dalian, 66722m, "万美元", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), -35m),
        ]);
        var gold = Gold([new("Place", "大连市", ["大连"])], observations:
        [
            new("大连", "合同签约额", 167850m, "万美元", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), 57m, Alternatives: ["服务外包合同签约额"]),
            new("大连市", "执行额", 66722m, "万美元", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), -35m),
        ]);

        var result = Evaluator.Evaluate("doc", batch, gold);

        Assert.Equal(new Score(1, 1, 1), result.Scores.Observations);
        Assert.Equal(1, result.Scores.YoyAgreements);
    }

    [Fact]
    public void Scores_give_precision_recall_and_f1_and_nothing_to_find_is_perfect()
    {
        var score = new Score(6, 2, 4);

        Assert.Equal(0.75, score.Precision, 3);
        Assert.Equal(0.6, score.Recall, 3);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, score.F1, 3);
        Assert.Equal(1.0, default(Score).F1);
    }

    [Fact]
    public void The_report_lists_every_kind_and_type_with_misses_and_false_positives()
    {
        var batch = Batch([Entity.Create(EntityKind.Place, "沈阳市")]);
        var gold = Gold([new("Place", "大连市")]);

        var text = new EvaluationReport([Evaluator.Evaluate("x.txt", batch, gold)], ["y.txt"]).Format();

        Assert.Contains("== x.txt", text, StringComparison.Ordinal);
        Assert.Contains("  Place ", text, StringComparison.Ordinal);
        Assert.Contains("entity Place 大连市", text, StringComparison.Ordinal);
        Assert.Contains("entity Place 沈阳市", text, StringComparison.Ordinal);
        Assert.Contains("skipped y.txt: no gold file", text, StringComparison.Ordinal);
        Assert.Contains("== all 1 document(s)", text, StringComparison.Ordinal);
    }

    private static GraphBatch Batch(
        IReadOnlyList<Entity> mentioned, IReadOnlyList<Entity>? unmentioned = null, IReadOnlyList<Relation>? relations = null,
        IReadOnlyList<Observation>? observations = null)
    {
        var document = new DocumentInfo("hash", "doc", null, null, null, 100);
        var mentions = mentioned.Select((e, i) => new Mention(e.Id.Value, Article, "hash", new TextSpan(i, 1))).ToList();
        return new GraphBatch(document, [.. mentioned, .. unmentioned ?? []], relations ?? [], observations ?? [], mentions);
    }

    private static GoldAnnotation Gold(
        IReadOnlyList<GoldEntity> entities, IReadOnlyList<GoldRelation>? relations = null, IReadOnlyList<GoldObservation>? observations = null) =>
        new(entities, relations ?? [], observations ?? []);

    private static Observation Observation(Entity indicator, Entity subject, decimal value, string unit, DateOnly start, DateOnly end, decimal? yoy) =>
        new(StableIds.Observation(indicator.Id, subject.Id, start, end, unit, Article), indicator.Id, subject.Id, value, unit, null, null, start, end, yoy, Article);
}
