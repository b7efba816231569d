using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;

namespace Graph.Storage.ContractTests.Analytics;

/// <summary>
/// Facts added to <see cref="SampleGraph"/> for the analysts' queries, from a second document:
/// <code>
/// 指导意见 ─TARGETS→ 数据产业 ─AFFECTS(+)→ 人工智能 ─AFFECTS(−)→ 外包服务业 ─AFFECTS(+)→ 服务外包合同签约额
/// 指导意见 ─AFFECTS(−)→ 大连港集团        指导意见 ─ISSUED_BY→ 国家数据局 (from the sample)
/// 王建国 ─PARTICIPATED_IN→ 数博会 ←PARTICIPATED_IN─ 大连港集团;  article2 ─MENTIONS→ 王建国, 大连港集团
/// 大连港集团 ─LOCATED_IN→ 中国 ←LOCATED_IN─ 沈阳市 (a second, longer route besides 辽宁省)
/// 中国 ←LOCATED_IN─ HubCompanies (enough to exceed a small fan-out)
/// </code>
/// </summary>
public static class AnalyticsSample
{
    public const int HubCompanyCount = 30;

    public const string Text =
        "国家数据局发布指导意见，支持数据产业发展，数据产业带动人工智能，人工智能冲击外包服务业，外包服务业推动服务外包合同签约额增长。" +
        "指导意见对大连港集团形成冲击。王建国与大连港集团共同出席数博会。";

    public static string Hash { get; } = StableIds.DocumentHash(Text);

    public static readonly Entity DataIndustry = Entity.Create(EntityKind.Industry, "数据产业");
    public static readonly Entity ArtificialIntelligence = Entity.Create(EntityKind.Industry, "人工智能");
    public static readonly Entity Outsourcing = Entity.Create(EntityKind.Industry, "外包服务业");

    public static readonly Entity Article2 = Entity.Create(EntityKind.Article, $"{Hash}#1") with
    {
        Name = "数据产业带动人工智能",
        StartDate = new DateOnly(2025, 5, 20),
    };

    public static readonly Relation PolicyTargetsData = Relation.Create(RelationType.Targets, SampleGraph.DataPolicy.Id, DataIndustry.Id);
    public static readonly Relation DataAffectsAi = Affects(DataIndustry, ArtificialIntelligence, "+");
    public static readonly Relation AiAffectsOutsourcing = Affects(ArtificialIntelligence, Outsourcing, "-");
    public static readonly Relation OutsourcingAffectsValue = Affects(Outsourcing, SampleGraph.OutsourcingValue, "+");
    public static readonly Relation PolicyAffectsPort = Affects(SampleGraph.DataPolicy, SampleGraph.PortGroup, "-");
    public static readonly Relation WangAtExpo =
        Relation.Create(RelationType.ParticipatedIn, SampleGraph.WangJianguo.Id, SampleGraph.DigitalExpo.Id);
    public static readonly Relation ArticleMentionsWang = Relation.Create(RelationType.Mentions, Article2.Id, SampleGraph.WangJianguo.Id);
    public static readonly Relation ArticleMentionsPort = Relation.Create(RelationType.Mentions, Article2.Id, SampleGraph.PortGroup.Id);
    public static readonly Relation PortInChina = Relation.Create(RelationType.LocatedIn, SampleGraph.PortGroup.Id, SampleGraph.China.Id);
    public static readonly Relation ShenyangInChina =
        Relation.Create(RelationType.LocatedIn, SampleGraph.Shenyang.Id, SampleGraph.China.Id);

    public static readonly Observation DalianGdp2023 = Gdp(SampleGraph.Dalian, 2023, 9000m, null);
    public static readonly Observation DalianGdp2025 = Gdp(SampleGraph.Dalian, 2025, 9993.2m, null);

    public static IReadOnlyList<Entity> HubCompanies { get; } = Enumerable.Range(1, HubCompanyCount)
        .Select(i => Entity.Create(EntityKind.Company, $"中华样本{i:D2}有限公司"))
        .ToList();

    public static IReadOnlyList<Relation> Relations { get; } =
    [
        PolicyTargetsData, DataAffectsAi, AiAffectsOutsourcing, OutsourcingAffectsValue, PolicyAffectsPort, WangAtExpo,
        ArticleMentionsWang, ArticleMentionsPort, PortInChina, ShenyangInChina,
        .. HubCompanies.Select(c => Relation.Create(RelationType.LocatedIn, c.Id, SampleGraph.China.Id)),
    ];

    public static GraphBatch Batch { get; } = new(
        new DocumentInfo(Hash, "analytics.txt", "分析样本", null, new DateOnly(2025, 5, 20), Text.Length),
        [DataIndustry, ArtificialIntelligence, Outsourcing, Article2, .. HubCompanies],
        Relations,
        [DalianGdp2023, DalianGdp2025],
        [
            Cite(PolicyTargetsData, "支持数据产业发展"),
            Cite(DataAffectsAi, "数据产业带动人工智能"),
            Cite(DataAffectsAi, "带动人工智能"),
            Cite(AiAffectsOutsourcing, "人工智能冲击外包服务业"),
            Cite(PolicyAffectsPort, "指导意见对大连港集团形成冲击"),
        ]);

    private static Relation Affects(Entity from, Entity to, string polarity) => Relation.Create(
        RelationType.Affects, from.Id, to.Id, new Dictionary<string, string> { [RelationProperties.Polarity] = polarity });

    private static Observation Gdp(Entity subject, int year, decimal value, decimal? yoy)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return new Observation(
            StableIds.Observation(SampleGraph.Gdp.Id, subject.Id, start, end, "亿元", Article2.Id),
            SampleGraph.Gdp.Id, subject.Id, value, "亿元", value * 100_000_000m, "CNY", start, end, yoy, Article2.Id);
    }

    private static Mention Cite(Relation relation, string fragment) =>
        new(relation.Id.Value, Article2.Id, Hash, new TextSpan(Text.IndexOf(fragment, StringComparison.Ordinal), fragment.Length));
}
