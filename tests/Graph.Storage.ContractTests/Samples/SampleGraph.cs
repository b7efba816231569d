using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Storage.ContractTests.Samples;

/// <summary>
/// A small hand-made graph around 大连市:
/// <code>
/// 中国 ←LOCATED_IN─ 辽宁省 ←LOCATED_IN─ 大连市 ←LOCATED_IN─ 大连港集团 ─PARTICIPATED_IN→ 数博会 ─HELD_IN→ 大连市
///                   辽宁省 ←LOCATED_IN─ 沈阳市                夏季达沃斯 ─HELD_IN→ 大连市
/// article ─MENTIONS→ 大连市, article ─PUBLISHED_BY→ 大连日报
/// 王建国 ─WORKS_FOR{role: 司长}→ 工业和信息化部      指导意见 ─ISSUED_BY→ 国家数据局      (a separate component)
/// </code>
/// </summary>
public static class SampleGraph
{
    public static readonly Entity China = Entity.Create(EntityKind.Place, "中国", subtype: "country");
    public static readonly Entity Liaoning = Entity.Create(EntityKind.Place, "辽宁省", ["辽宁"], "province");
    public static readonly Entity Dalian = Entity.Create(EntityKind.Place, "大连市", ["大连"], "city");
    public static readonly Entity Shenyang = Entity.Create(EntityKind.Place, "沈阳市", ["沈阳"], "city");
    public static readonly Entity Miit = Entity.Create(EntityKind.Organization, "工业和信息化部", ["工信部"], "government");
    public static readonly Entity DataBureau = Entity.Create(EntityKind.Organization, "国家数据局", subtype: "government");
    public static readonly Entity WangJianguo = Entity.Create(EntityKind.Person, "王建国");
    public static readonly Entity PortGroup = Entity.Create(EntityKind.Company, "大连港集团");

    public static readonly Entity DigitalExpo = Entity.Create(EntityKind.Event, "中国国际数字经济博览会", ["数博会"]) with
    {
        StartDate = new DateOnly(2025, 9, 1),
        EndDate = new DateOnly(2025, 9, 3),
    };

    public static readonly Entity SummerDavos = Entity.Create(EntityKind.Event, "夏季达沃斯论坛", ["新领军者年会"]) with
    {
        StartDate = new DateOnly(2025, 6, 24),
        EndDate = new DateOnly(2025, 6, 26),
    };

    public static readonly Entity NortheastForum = Entity.Create(EntityKind.Event, "东北亚经贸合作论坛");

    public static readonly Entity DataPolicy = Entity.Create(EntityKind.Policy, "关于促进数据产业高质量发展的指导意见") with
    {
        StartDate = new DateOnly(2024, 12, 31),
    };

    public static readonly Entity Rcep = Entity.Create(EntityKind.Policy, "区域全面经济伙伴关系协定", ["RCEP"]);
    public static readonly Entity DalianDaily = Entity.Create(EntityKind.Source, "大连日报");
    public static readonly Entity OutsourcingValue = Entity.Create(EntityKind.Indicator, "服务外包合同签约额");
    public static readonly Entity Gdp = Entity.Create(EntityKind.Indicator, "地区生产总值", ["GDP"]);

    public static readonly Entity Article = Entity.Create(EntityKind.Article, $"{SampleDocument.Hash}#1") with
    {
        Name = "大连市一季度服务外包合同签约额同比增长57%",
        StartDate = new DateOnly(2025, 4, 15),
        Attributes = new Dictionary<string, string> { [EntityAttributes.Document] = SampleDocument.Hash, [EntityAttributes.Ordinal] = "1" },
    };

    public static readonly Relation DalianInLiaoning = Relation.Create(RelationType.LocatedIn, Dalian.Id, Liaoning.Id);
    public static readonly Relation LiaoningInChina = Relation.Create(RelationType.LocatedIn, Liaoning.Id, China.Id);
    public static readonly Relation ShenyangInLiaoning = Relation.Create(RelationType.LocatedIn, Shenyang.Id, Liaoning.Id);
    public static readonly Relation PortInDalian = Relation.Create(RelationType.LocatedIn, PortGroup.Id, Dalian.Id);
    public static readonly Relation PortAtExpo = Relation.Create(RelationType.ParticipatedIn, PortGroup.Id, DigitalExpo.Id);
    public static readonly Relation ExpoInDalian = Relation.Create(RelationType.HeldIn, DigitalExpo.Id, Dalian.Id);
    public static readonly Relation DavosInDalian = Relation.Create(RelationType.HeldIn, SummerDavos.Id, Dalian.Id);
    public static readonly Relation ArticleMentionsDalian = Relation.Create(RelationType.Mentions, Article.Id, Dalian.Id);
    public static readonly Relation ArticleByDaily = Relation.Create(RelationType.PublishedBy, Article.Id, DalianDaily.Id);

    public static readonly Relation WangWorksForMiit = Relation.Create(
        RelationType.WorksFor, WangJianguo.Id, Miit.Id, new Dictionary<string, string> { [RelationProperties.Role] = "司长" });

    public static readonly Relation PolicyByBureau = Relation.Create(RelationType.IssuedBy, DataPolicy.Id, DataBureau.Id);

    public static readonly Observation DalianOutsourcing2024Q1 =
        Observe(OutsourcingValue, Dalian, 106_900m, "万美元", 1_069_000_000m, "USD", Quarter(2024, 1), null);

    public static readonly Observation DalianOutsourcing2025Q1 =
        Observe(OutsourcingValue, Dalian, 167_850m, "万美元", 1_678_500_000m, "USD", Quarter(2025, 1), 57m);

    // A goal (力争上半年突破35亿美元) rather than a reported figure.
    public static readonly Observation DalianOutsourcing2025H1 = Observe(
        OutsourcingValue, Dalian, 350_000m, "万美元", 3_500_000_000m, "USD", (new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)), null,
        isTarget: true);

    // Trailing zero and more digits than a double holds: the store must give back this exact decimal, scale included.
    public static readonly Observation DalianGdp2024 =
        Observe(Gdp, Dalian, 9516.90m, "亿元", 951_690_000_000m, "CNY", Year(2024), 5.0123456789012345678m);

    public static readonly Observation ShenyangGdp2024 = Observe(Gdp, Shenyang, 9027.1m, "亿元", 902_710_000_000m, "CNY", Year(2024), -0.5m);

    public static IReadOnlyList<Entity> Entities { get; } =
    [
        China, Liaoning, Dalian, Shenyang, Miit, DataBureau, WangJianguo, PortGroup, DigitalExpo, SummerDavos, NortheastForum,
        DataPolicy, Rcep, DalianDaily, OutsourcingValue, Gdp, Article,
    ];

    public static IReadOnlyList<Relation> Relations { get; } =
    [
        DalianInLiaoning, LiaoningInChina, ShenyangInLiaoning, PortInDalian, PortAtExpo, ExpoInDalian, DavosInDalian,
        ArticleMentionsDalian, ArticleByDaily, WangWorksForMiit, PolicyByBureau,
    ];

    public static IReadOnlyList<Observation> Observations { get; } =
        [DalianOutsourcing2024Q1, DalianOutsourcing2025Q1, DalianOutsourcing2025H1, DalianGdp2024, ShenyangGdp2024];

    public static IReadOnlyList<Mention> Mentions { get; } =
    [
        Cite(Dalian.Id.Value, "大连市"),
        Cite(Dalian.Id.Value, "大连市", 30),
        Cite(Miit.Id.Value, "工业和信息化部"),
        Cite(WangWorksForMiit.Id.Value, "信息技术发展司司长王建国"),
        Cite(ExpoInDalian.Id.Value, "博览会在大连市举办"),
        Cite(DalianOutsourcing2025Q1.Id.Value, "一季度服务外包合同签约额167850万美元，同比增长57%"),
    ];

    public static GraphBatch Batch { get; } = new(SampleDocument.Info, Entities, Relations, Observations, Mentions);

    private static Mention Cite(string target, string fragment, int from = 0) =>
        new(target, Article.Id, SampleDocument.Hash, SampleDocument.SpanOf(fragment, from));

    private static (DateOnly, DateOnly) Quarter(int year, int quarter) =>
        (new DateOnly(year, (3 * quarter) - 2, 1), new DateOnly(year, 3 * quarter, 1).AddMonths(1).AddDays(-1));

    private static (DateOnly, DateOnly) Year(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private static Observation Observe(
        Entity indicator, Entity subject, decimal value, string unit, decimal? normalized, string? baseUnit,
        (DateOnly Start, DateOnly End) period, decimal? yoy, bool isTarget = false) => new(
        StableIds.Observation(indicator.Id, subject.Id, period.Start, period.End, unit, Article.Id),
        indicator.Id, subject.Id, value, unit, normalized, baseUnit, period.Start, period.End, yoy, Article.Id, isTarget);
}
