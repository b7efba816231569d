using Graph.Domain.Model;
using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests.Observations;

public sealed class ObservationExtractorTests
{
    private static BatchView Extract(string text) =>
        new(DocumentExtractorFactory.Create().Extract(new SourceDocument("brief-2025-04.txt", text)));

    [Fact]
    public void A_figure_takes_the_year_on_year_change_of_the_next_clause()
    {
        var view = Extract("今年 1-3 月，沈阳市软件业务收入 120.5 亿元，同比下降 3.5%。");

        var figure = view.Observation("沈阳市", "软件业务收入", 120.5m);
        Assert.Equal(("亿元", 12_050_000_000m, "CNY", -3.5m), (figure.Unit, figure.NormalizedValue!.Value, figure.BaseUnit, figure.YoyPct!.Value));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)), (figure.PeriodStart, figure.PeriodEnd));
    }

    [Fact]
    public void Totals_and_ratio_levels_under_so_far_this_year_hold_on_the_day_of_publication()
    {
        var view = Extract("发布时间：2025-07-20\n今年以来，全市新增上市公司 3 家，上市公司总数达到 40 家，资产证券化率超过 45%。目前，全市共有孵化器 12 家。");

        var day = (new DateOnly(2025, 7, 20), new DateOnly(2025, 7, 20));
        var added = view.Batch.Observations.Single(o => o.Value == 3m);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 7, 20)), (added.PeriodStart, added.PeriodEnd));
        Assert.All(view.Batch.Observations.Where(o => o.Value is 40m or 45m or 12m), o => Assert.Equal(day, (o.PeriodStart, o.PeriodEnd)));
        Assert.Equal(3, view.Batch.Observations.Count(o => o.Value is 40m or 45m or 12m));
    }

    [Fact]
    public void Head_counts_of_an_exhibition_are_read_with_their_qualifiers_and_in_lists()
    {
        var view = Extract("第三届松花江消费品博览会6月1日至5日在哈尔滨举办。本届博览会上，30个国家和地区的520家企业前来参展；"
            + "12个“丝路”沿线国家的210家企业、8个某某协定成员国的95家企业同台亮相。");

        var expo = view.Batch.Observations.Where(o => view.Name(o.Subject) == "第三届松花江消费品博览会").ToList();
        Assert.True(new[] { 30m, 520m, 12m, 210m, 8m, 95m }.All(v => expo.Any(o => o.Value == v)), string.Join("; ", view.Batch.Observations.Select(o => $"{view.Name(o.Subject)} {view.Name(o.Indicator)} {o.Value}")));
        Assert.All(expo, o => Assert.Equal((new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 5)), (o.PeriodStart, o.PeriodEnd)));
    }

    [Fact]
    public void An_as_of_day_carries_to_the_breakdown_in_the_next_paragraph_only()
    {
        var view = Extract("第三届松花江消费品博览会6月1日至5日在哈尔滨举办。\n\n截至6月4日，来自30个国家和地区的5,200名境外采购商到会，增长8%。\n\n"
            + "博览会新闻中心介绍，沿线国家采购商1,800人，增长10%；组团参会的商协会有40家。\n\n进口展方面，本届共有200家企业参展。");

        var expo = view.Batch.Observations.Where(o => view.Name(o.Subject) == "第三届松花江消费品博览会").ToList();
        var asOf = (new DateOnly(2025, 6, 4), new DateOnly(2025, 6, 4));
        Assert.All(expo.Where(o => o.Value is 1800m or 40m), o => Assert.Equal(asOf, (o.PeriodStart, o.PeriodEnd)));
        Assert.Equal(2, expo.Count(o => o.Value is 1800m or 40m));
        var exhibitors = Assert.Single(expo, o => o.Value == 200m);
        Assert.Equal((new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 5)), (exhibitors.PeriodStart, exhibitors.PeriodEnd));
    }

    [Fact]
    public void A_fair_s_delegations_sessions_and_side_forums_report_over_the_fair_s_days()
    {
        var view = Extract("第五届松江消费品博览会6月1日至5日在哈尔滨举办，本届博览会按一年计意向成交金额为100亿美元，500家企业参展。\n\n"
            + "供需对接会举办促进活动近20场。作为东道主，哈尔滨交易团意向成交30亿美元，同比增长5%。"
            + "其中，哈尔滨交易团国企分团达成意向采购订单12笔，意向采购金额2.5亿美元。同期举办的第三届松江经济论坛设主论坛和6场分论坛。");

        var days = (new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 5));
        var figures = view.Batch.Observations.ToDictionary(o => o.Value, o => (view.Name(o.Subject), (o.PeriodStart, o.PeriodEnd)));
        Assert.Equal(("第五届松江消费品博览会", days), figures[20m]);
        Assert.Equal(("哈尔滨交易团", days), figures[30m]);
        Assert.Equal(("哈尔滨交易团国企分团", days), figures[12m]);
        Assert.Equal(("哈尔滨交易团国企分团", days), figures[2.5m]);
        Assert.Equal(("第三届松江经济论坛", days), figures[6m]);
        Assert.Single(view.Relations(RelationType.PartOf, "哈尔滨交易团国企分团", "哈尔滨交易团"));
        Assert.Single(view.Relations(RelationType.ParticipatedIn, "哈尔滨交易团", "第五届松江消费品博览会"));
        Assert.DoesNotContain(view.Batch.Entities, e => e.Kind == EntityKind.Event && e.Name.Contains("分论坛", StringComparison.Ordinal));
    }

    [Fact]
    public void Listed_metrics_with_respective_percentages_give_one_figure_each_without_the_comparison_base()
    {
        var view = Extract("按照方案，到2028年，规模以上工业企业智能仓储普及率、关键设备联网率分别超过80%、65%；旧家具回收量、旧手机回收量较2024年分别增长40%和25%。");

        var figures = view.Batch.Observations.ToDictionary(o => o.Value, o => (view.Name(o.Subject), view.Name(o.Indicator), o.Unit, o.PeriodStart.Year, o.IsTarget));
        Assert.Equal(("中国", "规模以上工业企业智能仓储普及率", "%", 2028, true), figures[80m]);
        Assert.Equal(("中国", "关键设备联网率", "%", 2028, true), figures[65m]);
        Assert.Equal(("中国", "旧家具回收量增速", "%", 2028, true), figures[40m]);
        Assert.Equal(("中国", "旧手机回收量增速", "%", 2028, true), figures[25m]);
    }

    [Fact]
    public void That_month_is_the_last_single_month_named_and_a_change_over_last_year_is_year_on_year()
    {
        var view = Extract("7月份，大连市工业增加值同比增长3%。从累计看，1至7月份大连市工业增加值同比增长2%。当月大连市服务业生产指数同比增长1.5%。"
            + "2024年，大连市软件业务收入120亿元，较上年增长5%。");

        var (month, services) = (Assert.Single(view.Batch.Observations, o => o.Value == 3m), Assert.Single(view.Batch.Observations, o => o.Value == 1.5m));
        Assert.Equal((7, 1, 31), (month.PeriodStart.Month, month.PeriodStart.Day, month.PeriodEnd.Day));
        Assert.Equal((month.PeriodStart, month.PeriodEnd), (services.PeriodStart, services.PeriodEnd));
        Assert.Equal(5m, view.Observation("大连市", "软件业务收入", 120m).YoyPct);
        Assert.DoesNotContain(view.Batch.Observations, o => o.Value == 5m);
    }

    [Fact]
    public void A_change_over_the_previous_edition_is_the_figure_s_own_change()
    {
        var view = Extract("第三届松花江消费品博览会6月1日至5日在哈尔滨举办，本届博览会意向成交金额为80亿元，比上届增长4%。");

        Assert.Equal(4m, Assert.Single(view.Batch.Observations, o => o.Value == 80m).YoyPct);
        Assert.DoesNotContain(view.Batch.Observations, o => o.Value == 4m);
    }

    [Fact]
    public void A_list_of_metrics_with_respective_goals_gives_one_target_per_metric()
    {
        var view = Extract("一季度，大连市地区生产总值 2000 亿元。市商务局表示，力争全年外贸进出口额、服务贸易额分别达到 4500 亿元和 300 亿元。");

        var trade = view.Observation("大连市", "外贸进出口额", 4500m);
        Assert.True(trade.IsTarget);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (trade.PeriodStart, trade.PeriodEnd));
        Assert.True(view.Observation("大连市", "服务贸易额", 300m).IsTarget);
    }

    [Fact]
    public void Listed_breakdowns_give_one_figure_per_item_with_its_change()
    {
        var view = Extract("1—2 月，中国企业承接 ITO、BPO 和 KPO 执行额分别为 10.5 亿元、20 亿元和 30 亿元，同比增速分别为 1.5%、2%和-3%。");

        Assert.Equal(1.5m, view.Observation("中国", "信息技术外包执行额", 10.5m).YoyPct);
        Assert.Equal(2m, view.Observation("中国", "业务流程外包执行额", 20m).YoyPct);
        Assert.Equal(-3m, view.Observation("中国", "知识流程外包执行额", 30m).YoyPct);
    }

    [Fact]
    public void A_bare_metric_borrows_the_qualifier_of_the_figure_before_it()
    {
        var view = Extract("一季度，大连市离岸服务外包合同额 100 万美元，同比增长 9%；执行额 80 万美元，同比下降 4%。");

        Assert.Equal(-4m, view.Observation("大连市", "离岸服务外包执行额", 80m).YoyPct);
    }

    [Fact]
    public void Goals_shares_and_growth_rates_are_read()
    {
        var view = Extract("今年，大连市旅游收入力争达到 2000 亿元。一季度，全省地区生产总值同比增长 5.1%。1-2 月新增从业人员 10 万人，其中大学及以上学历 8 万人，占比 80%。");

        Assert.True(view.Observation("大连市", "旅游收入", 2000m).IsTarget);
        Assert.Equal("%", view.Observation("辽宁省", "地区生产总值增速", 5.1m).Unit);
        Assert.Equal("percent", view.Observation("大连市", "新增从业人员中大学及以上学历占比", 80m).BaseUnit);
    }

    [Fact]
    public void Counts_inside_noun_phrases_and_modifiers_are_not_figures()
    {
        var view = Extract("今年推出 48 项举措，建设价值 3500 亿美元的产业，集中整治 18 个方面的问题。");

        Assert.Empty(view.Batch.Observations);
    }

    [Fact]
    public void Every_figure_is_mentioned_with_its_clause()
    {
        const string text = "今年1-3月，沈阳市服务外包合同签约额 2345 万美\n\n元，同比增长 12%。";
        var view = Extract(text);

        var figure = Assert.Single(view.Batch.Observations);
        var mention = Assert.Single(view.Batch.Mentions, m => m.TargetId == figure.Id.Value);
        Assert.Equal("沈阳市服务外包合同签约额 2345 万美\n\n元，同比增长 12%", text.Substring(mention.Span.Start, mention.Span.Length));
        Assert.Equal(EntityKind.Indicator, view.Entity(EntityKind.Indicator, "服务外包合同签约额").Kind);
    }

    [Fact]
    public void Figures_of_the_day_of_an_event_belong_to_that_event_on_that_day()
    {
        var view = Extract("发布时间：2031-03-02\n示例新区举行2031年一季度重大项目集中签约仪式。去年10月12日，示例新区举行2030年第三批重大项目集中签约仪式，"
            + "当天签约项目18个，开工项目9个。");

        foreach (var count in new[] { 18m, 9m })
        {
            var figure = view.Batch.Observations.Single(o => o.Value == count);
            Assert.Equal((new DateOnly(2030, 10, 12), new DateOnly(2030, 10, 12)), (figure.PeriodStart, figure.PeriodEnd));
            Assert.Equal("2030年第三批重大项目集中签约仪式", view.Batch.Entities.Single(e => e.Id == figure.Subject).Name);
        }
    }

    [Fact]
    public void A_figure_after_a_count_and_a_list_mark_is_read_with_its_own_metric()
    {
        var view = Extract("今年1-2月，沈阳市签约项目15个、总投资232亿元，其中制造类项目9个、新材料项目1个、商业综合体项目2个。");

        Assert.Equal(232m, view.Observation("沈阳市", "签约项目总投资", 232m).Value);
        Assert.Equal(1m, view.Observation("沈阳市", "新材料项目数", 1m).Value);
        Assert.Equal(2m, view.Observation("沈阳市", "商业综合体项目数", 2m).Value);
    }
}
