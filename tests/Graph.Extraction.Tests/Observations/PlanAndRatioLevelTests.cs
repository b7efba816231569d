using Graph.Extraction.Tests.Support;
using static Graph.Extraction.Tests.Support.BatchView;

namespace Graph.Extraction.Tests.Observations;

/// <summary>A plan's completion rate and a ratio raised to a level are figures of their own, in percent.</summary>
public sealed class PlanAndRatioLevelTests
{
    [Fact]
    public void A_share_of_the_annual_plan_completed_is_the_previous_figures_completion_rate()
    {
        var view = Extract("发布时间：2026-04-25\n一季度，大连市完成固定资产投资82.4亿元，同比增长9.3%，完成年度计划的27%。");

        var rate = Assert.Single(view.Batch.Observations, o => o.Value == 27m);
        Assert.Equal(("大连市", "%", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)),
            (view.Name(rate.Subject), rate.Unit, rate.PeriodStart, rate.PeriodEnd));
        Assert.DoesNotContain(view.Batch.Observations, o => o.Value == 82.4m && o.YoyPct != 9.3m);
    }

    [Fact]
    public void A_rate_raised_to_a_level_is_that_level()
    {
        var view = Extract("发布时间：2026-04-25\n一季度，大连市规模以上工业企业营业收入利润率提升至6.4%。");

        var margin = Assert.Single(view.Batch.Observations, o => o.Value == 6.4m);
        Assert.DoesNotContain("增速", view.Name(margin.Indicator), StringComparison.Ordinal);
    }
}
