using Graph.Extraction.Tests.Support;
using static Graph.Extraction.Tests.Support.BatchView;

namespace Graph.Extraction.Tests.Observations;

/// <summary>A growth rate given period by period in one sentence, and a change the sentence calls period-on-period.</summary>
public sealed class GrowthSeriesTests
{
    [Fact]
    public void Clauses_naming_only_a_period_continue_the_growth_series_of_the_sentence()
    {
        var view = Extract("发布时间：2026-10-21\n分季度看，一季度全省地区生产总值同比增长6.1%，二季度增长5.7%，三季度增长5.2%。");

        var quarters = view.Batch.Observations.Where(o => o.Value is 6.1m or 5.7m or 5.2m)
            .ToDictionary(o => o.Value, o => (view.Name(o.Indicator), o.PeriodStart, o.PeriodEnd));
        Assert.Equal(("地区生产总值增速", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), quarters[6.1m]);
        Assert.Equal(("地区生产总值增速", new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), quarters[5.7m]);
        Assert.Equal(("地区生产总值增速", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)), quarters[5.2m]);
    }

    [Fact]
    public void A_change_in_a_sentence_opened_by_period_on_period_is_a_period_on_period_change()
    {
        var view = Extract("发布时间：2026-10-21\n分季度看，一季度全省地区生产总值同比增长6.1%，三季度增长5.2%。从环比看，三季度全省地区生产总值增长1.1%。");

        var onQuarter = Assert.Single(view.Batch.Observations, o => o.Value == 1.1m);
        Assert.Equal("地区生产总值环比增速", view.Name(onQuarter.Indicator));
        Assert.Single(view.Batch.Observations, o => o.Value == 5.2m);
    }

    [Fact]
    public void Period_on_period_in_an_earlier_measured_clause_does_not_relabel_a_later_growth()
    {
        var view = Extract("发布时间：2026-10-21\n9月份，全省居民消费价格环比上涨1.3%，全省规模以上工业增加值增长5.4%。");

        Assert.Equal("规模以上工业增加值增速", view.Name(Assert.Single(view.Batch.Observations, o => o.Value == 5.4m).Indicator));
    }
}
