using System.Text.RegularExpressions;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests;

/// <summary>The acceptance bar on the shared sample newsletter (read from ../shared, never committed).</summary>
public sealed partial class SampleNewsletterTests
{
    private static readonly Lazy<BatchView> SampleView = new(() => new BatchView(SampleCorpus.Batch));

    private static BatchView View => SampleView.Value;

    public static TheoryData<int, string, string> Articles => new()
    {
        { 1, "2025 年 1-3 月大连市服务外包数据统计", "商务部" },
        { 2, "多项政策酝酿将出 促数字经济提档加速", "经济参考报" },
        { 3, "当好全面振兴突击队攻坚队", "辽宁省人民政府网" },
        { 4, "24 家企业福州亮相展辽宁之“智”", "辽宁省人民政府网" },
        { 5, "大连：全线出击冲刺万亿 GDP 城市", "辽宁省人民政府网" },
        { 6, "人工智能冲击印度外包服务业", "中国服务贸易指南网" },
        { 7, "信息技术外包增长助“中国服务”画出上扬线", "中国服务贸易指南网" },
        { 8, "市商务局走访调研重点美资企业", "大连市商务局网站" },
    };

    [SkippableFact]
    public void All_eight_articles_are_found()
    {
        Assert.Equal(8, View.Batch.Entities.Count(e => e.Kind == EntityKind.Article));
    }

    [SkippableTheory]
    [MemberData(nameof(Articles))]
    public void Each_article_has_its_title_source_and_identity(int ordinal, string title, string source)
    {
        var hash = View.Batch.Document.Hash;
        var article = View.Entity(EntityKind.Article, title);

        Assert.Equal(StableIds.Entity(EntityKind.Article, $"{hash}#{ordinal}"), article.Id);
        Assert.Equal(new DateOnly(2025, 4, 1), article.StartDate);
        Assert.Equal(hash, article.AttributesOrEmpty[EntityAttributes.Document]);
        Assert.Equal(ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture), article.AttributesOrEmpty[EntityAttributes.Ordinal]);
        Assert.Equal(source, article.AttributesOrEmpty[EntityAttributes.Source]);
        Assert.Single(View.Relations(RelationType.PublishedBy, title, source));
    }

    [SkippableFact]
    public void At_least_sixty_distinct_entities_besides_articles_are_found()
    {
        Assert.True(View.Batch.Entities.Count(e => e.Kind != EntityKind.Article) >= 60);
    }

    [SkippableFact]
    public void At_least_thirty_observations_are_read()
    {
        Assert.True(View.Batch.Observations.Count >= 30);
    }

    [SkippableFact]
    public void Dalian_outsourcing_figures_have_value_unit_period_and_change()
    {
        var signed = View.Observation("大连市", "服务外包合同签约额", 167850m);
        Assert.Equal(("万美元", 1_678_500_000m, "USD", 57m), (signed.Unit, signed.NormalizedValue!.Value, signed.BaseUnit, signed.YoyPct!.Value));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)), (signed.PeriodStart, signed.PeriodEnd));
        Assert.False(signed.IsTarget);

        var executed = View.Observation("大连市", "接包合同执行额", 66722m);
        Assert.Equal(-35m, executed.YoyPct);
        Assert.Equal(-15m, View.Observation("大连市", "离岸服务外包执行额", 61610m).YoyPct);
    }

    [SkippableTheory]
    [InlineData("中国", "数字产业业务收入", "35", "万亿元", "2024-01-01", "2024-12-31", "5.5")]
    [InlineData("中国", "软件业务收入", "18965", "亿元", "2025-01-01", "2025-02-28", "9.9")]
    [InlineData("中国", "知识流程外包执行额", "344.4", "亿元", "2025-01-01", "2025-02-28", "-12.5")]
    [InlineData("大连市", "地区生产总值增速", "6.2", "%", "2025-01-01", "2025-03-31", null)]
    [InlineData("长三角地区", "离岸服务外包执行额", "530.7", "亿元", "2025-01-01", "2025-02-28", "13.8")]
    [InlineData("中国", "服务外包新增从业人员", "11.9", "万人", "2025-01-01", "2025-02-28", null)]
    public void Listed_figures_are_read_with_value_unit_and_period(
        string subject, string indicator, string value, string unit, string start, string end, string? yoy)
    {
        var observation = View.Observation(subject, indicator, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(unit, observation.Unit);
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (observation.PeriodStart, observation.PeriodEnd));
        Assert.Equal(yoy is null ? null : decimal.Parse(yoy, System.Globalization.CultureInfo.InvariantCulture), observation.YoyPct);
    }

    [SkippableFact]
    public void Goals_are_marked_as_targets()
    {
        Assert.True(View.Observation("大连市", "海洋经济总产值", 4800m).IsTarget);
    }

    [SkippableFact]
    public void People_work_for_their_bodies_in_their_roles()
    {
        AssertRole("刘烈宏", "国家数据局", "局长");
        AssertRole("王彦青", "信息技术发展司", "司长");
        AssertRole("李鹤鸣", "大连市商务局", "副局长");
        AssertRole("宋思源", "商务部研究院", "副研究员");
        AssertRole("郭兴玲", "朝阳市加华电子有限公司", "项目总工程师");
        AssertRole("史春明", "辽宁春明科技有限公司", "负责人");
        Assert.Single(View.Relations(RelationType.PartOf, "信息技术发展司", "工业和信息化部"));
        View.Entity(EntityKind.Person, "普拉纳布·查特吉");
    }

    [SkippableFact]
    public void The_summit_has_its_dates_place_and_exhibitors()
    {
        var summit = View.Entity(EntityKind.Event, "第八届数字中国建设峰会");

        Assert.Equal((new DateOnly(2025, 4, 29), new DateOnly(2025, 4, 30)), (summit.StartDate!.Value, summit.EndDate!.Value));
        Assert.Single(View.Relations(RelationType.HeldIn, summit.Name, "福州市"));
        Assert.Single(View.Relations(RelationType.ParticipatedIn, "朝阳市加华电子有限公司", summit.Name));
        Assert.Single(View.Relations(RelationType.LocatedIn, "朝阳市加华电子有限公司", "朝阳市"));
    }

    [SkippableFact]
    public void Places_carry_short_aliases_and_their_hierarchy()
    {
        Assert.Contains("大连", View.Entity(EntityKind.Place, "大连市").Aliases);
        Assert.Single(View.Relations(RelationType.LocatedIn, "大连市", "辽宁省"));
        Assert.Single(View.Relations(RelationType.LocatedIn, "辽宁省", "中国"));
    }

    [SkippableFact]
    public void Bare_local_bodies_take_the_place_of_their_source()
    {
        Assert.Contains("省国资委", View.Entity(EntityKind.Organization, "辽宁省国资委").Aliases);
        Assert.Contains("市商务局", View.Entity(EntityKind.Organization, "大连市商务局").Aliases);
        Assert.NotEqual(View.Entity(EntityKind.Organization, "商务部").Id, View.Entity(EntityKind.Organization, "商务部研究院").Id);
        Assert.Contains("工信部", View.Entity(EntityKind.Organization, "工业和信息化部").Aliases);
    }

    [SkippableFact]
    public void Policies_are_named_and_linked()
    {
        View.Entity(EntityKind.Policy, "数字产业优质企业培育工程");
        View.Entity(EntityKind.Policy, "区域全面经济伙伴关系协定");
        Assert.Single(View.Relations(RelationType.Targets, "数字产业优质企业培育工程", "数字产业"));
        Assert.Single(View.Relations(RelationType.Implements, "国家数据局", "“东数西算”工程"));
        Assert.DoesNotContain(View.Batch.Entities, e => e.Kind == EntityKind.Policy && e.Name is "t3n" or "经济时报");
    }

    [SkippableFact]
    public void Every_article_mentions_what_is_found_in_it()
    {
        var article = View.Entity(EntityKind.Article, "人工智能冲击印度外包服务业");

        Assert.Single(View.Relations(RelationType.Mentions, article.Name, "印度"));
        Assert.Single(View.Relations(RelationType.Mentions, article.Name, "经济时报"));
        Assert.Empty(View.Relations(RelationType.Mentions, article.Name, article.Name));
        Assert.Single(View.Relations(RelationType.Affects, "人工智能", "外包服务业"), r => r.Properties[RelationProperties.Polarity] == "-");
    }

    [SkippableFact]
    public void Every_mention_span_shows_the_words_of_its_fact_in_the_original_text()
    {
        var text = SampleCorpus.Document.Text;
        var entities = View.Batch.Entities.ToDictionary(e => e.Id.Value);
        var observations = View.Batch.Observations.ToDictionary(o => o.Id.Value);
        var relations = View.Batch.Relations.ToDictionary(r => r.Id.Value);
        Assert.NotEmpty(View.Batch.Mentions);
        foreach (var mention in View.Batch.Mentions)
        {
            Assert.Equal(View.Batch.Document.Hash, mention.DocumentHash);
            Assert.InRange(mention.Span.End, 1, text.Length);
            var words = Flat(text.Substring(mention.Span.Start, mention.Span.Length));
            if (entities.TryGetValue(mention.TargetId, out var entity))
            {
                var names = entity.Aliases.Prepend(entity.Name).Select(Flat).ToList();
                // Context words (我省, 全市) are mentions of the place the article is about, not names of it.
                var ok = entity.Kind == EntityKind.Indicator ? names[0].Contains(words, StringComparison.Ordinal)
                    : names.Contains(words) || (entity.Kind == EntityKind.Place && ContextWords.Contains(words));
                Assert.True(ok, $"Mention '{words}' of {entity.Kind} {entity.Name} shows other words.");
            }
            else if (observations.TryGetValue(mention.TargetId, out var observation))
            {
                Assert.Contains(observation.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).TrimStart('-'), words, StringComparison.Ordinal);
            }
            else
            {
                var relation = relations[mention.TargetId];
                Assert.True(words.Length > 0, $"Empty mention for {relation.Type}.");
            }
        }
    }

    [SkippableFact]
    public void Every_entity_and_observation_is_mentioned_or_implied()
    {
        var mentioned = View.Batch.Mentions.Select(m => m.TargetId).ToHashSet();

        Assert.All(View.Batch.Observations, o => Assert.Contains(o.Id.Value, mentioned));
        Assert.All(View.Batch.Relations, r => Assert.Contains(r.Id.Value, mentioned));
        var endpoints = View.Batch.Relations.SelectMany(r => new[] { r.From, r.To }).ToHashSet();
        Assert.All(View.Batch.Entities, e => Assert.True(mentioned.Contains(e.Id.Value) || endpoints.Contains(e.Id), e.Name));
    }

    [SkippableFact]
    public void Relations_and_observations_only_reference_entities_of_the_batch()
    {
        var ids = View.Batch.Entities.Select(e => e.Id).ToHashSet();

        Assert.All(View.Batch.Relations, r => Assert.True(ids.Contains(r.From) && ids.Contains(r.To), r.Type.ToName()));
        Assert.All(View.Batch.Observations, o => Assert.True(ids.Contains(o.Indicator) && ids.Contains(o.Subject) && ids.Contains(o.Article)));
        Assert.Equal(View.Batch.Entities.Count, ids.Count);
    }

    private static readonly string[] ContextWords = ["全国", "全省", "我省", "本省", "全市", "我市", "本市"];

    [SkippableFact]
    public void Context_words_point_to_the_place_the_article_is_about_without_becoming_aliases()
    {
        var liaoning = View.Entity(EntityKind.Place, "辽宁省");
        var text = SampleCorpus.Document.Text;

        Assert.Contains(View.Batch.Mentions, m => m.TargetId == liaoning.Id.Value && text.Substring(m.Span.Start, m.Span.Length) == "我省");
        Assert.DoesNotContain("我省", liaoning.Aliases);
        Assert.DoesNotContain("全省", liaoning.Aliases);
    }

    private static void AssertRole(string person, string employer, string role) =>
        Assert.Single(View.Relations(RelationType.WorksFor, person, employer), r => r.Properties[RelationProperties.Role] == role);

    /// <summary>Compares as the identity does (NFKC, no spaces or quotes), also without parenthesized asides.</summary>
    private static string Flat(string value) => CanonicalName.Normalize(Parenthesized().Replace(value, string.Empty));

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex Parenthesized();
}
