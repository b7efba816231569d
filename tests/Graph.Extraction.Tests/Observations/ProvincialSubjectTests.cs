using Graph.Extraction.Tests.Support;
using static Graph.Extraction.Tests.Support.BatchView;

namespace Graph.Extraction.Tests.Observations;

/// <summary>Whose figures 全省 and 省属企业 are when the report names its province only inside a body's name.</summary>
public sealed class ProvincialSubjectTests
{
    [Fact]
    public void The_province_opening_a_quoted_bodys_name_is_the_place_of_its_provincial_figures()
    {
        var view = Extract("全省国企一季度开局良好\n发布时间：2026-04-20\n\n东北新闻4月20日讯 记者从吉林省国资委获悉，一季度，全省国企开局良好。\n\n"
            + "收入创新高。1-3月，全省地方国企实现营业收入210.5亿元，同比增长12.3%。省属企业实现营业收入150.2亿元，同比增长15.1%。"
            + "其中，出资企业实现营业收入140.6亿元。");

        Assert.Equal("吉林省", view.Name(Assert.Single(view.Batch.Observations, o => o.Value == 210.5m).Subject));
        Assert.Equal("吉林省", view.Name(Assert.Single(view.Batch.Observations, o => o.Value == 140.6m).Subject));
        Assert.Equal("吉林省", view.Name(Assert.Single(view.Batch.Observations, o => o.Value == 150.2m).Subject));
    }

    [Fact]
    public void A_national_report_quoting_a_provincial_body_keeps_its_national_figures()
    {
        var view = Extract("发布时间：2026-04-20\n一季度，全国规模以上工业增加值同比增长6.1%。吉林省统计局有关负责人表示，企业效益继续改善。");

        Assert.Equal("中国", view.Name(Assert.Single(view.Batch.Observations, o => o.Value == 6.1m).Subject));
    }

    [Fact]
    public void A_national_report_quoting_a_provincial_bodys_provincial_figure_keeps_its_other_figures_national()
    {
        var view = Extract("发布时间：2026-04-20\n今年以来，我国外贸稳中有进。一季度，货物贸易进出口总值10.3万亿元，同比增长4.6%。"
            + "浙江省商务厅表示，全省外贸进出口增长7.7%。");

        Assert.Equal("中国", view.Name(Assert.Single(view.Batch.Observations, o => o.Value == 10.3m).Subject));
    }

    [Fact]
    public void The_same_period_of_earlier_years_is_a_comparison_base_and_not_the_period_of_the_next_figures()
    {
        var view = Extract("发布时间：2026-04-20\n1-3月，全省地方国企实现营业收入210.5亿元，较2024年和2025年同期平均值增长30.2%。"
            + "省属企业实现营业收入150.2亿元，同比增长15.1%。");

        var provincial = Assert.Single(view.Batch.Observations, o => o.Value == 150.2m);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), (provincial.PeriodStart, provincial.PeriodEnd));
    }
}
