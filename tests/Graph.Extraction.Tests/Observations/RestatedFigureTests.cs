using Graph.Extraction.Tests.Support;
using static Graph.Extraction.Tests.Support.BatchView;

namespace Graph.Extraction.Tests.Observations;

/// <summary>A headline amount restated in the body is one fact; small counts and percentages that recur are separate facts.</summary>
public sealed class RestatedFigureTests
{
    [Fact]
    public void An_amount_read_twice_for_the_same_subject_and_period_is_one_figure()
    {
        var view = Extract("发布时间：2026-04-20\n\n一季度，大连市实现外贸进出口额1234.56亿元。据介绍，一季度大连市货物贸易进出口总值1234.56亿元。");

        Assert.Single(view.Batch.Observations, o => o.Value == 1234.56m);
    }

    [Fact]
    public void Two_indicators_of_one_subject_with_the_same_large_count_are_two_figures()
    {
        var view = Extract("发布时间：2026-04-20\n\n本届展会，澄江市参展企业1500家，同比增长6.0%。据统计，澄江市采购商1500家。");

        Assert.Equal(2, view.Batch.Observations.Count(o => o.Value == 1500m));
    }

    [Fact]
    public void Small_counts_and_rates_that_recur_are_kept_apart()
    {
        var view = Extract("发布时间：2026-04-20\n\n一季度，大连市签约项目12个，开工项目12个；工业增加值增长2.7%，社会消费品零售总额增长2.7%。");

        Assert.Equal(2, view.Batch.Observations.Count(o => o.Value == 12m));
        Assert.Equal(2, view.Batch.Observations.Count(o => o.Value == 2.7m));
    }
}
