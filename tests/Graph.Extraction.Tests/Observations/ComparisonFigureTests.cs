using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests.Observations;

/// <summary>Gaps, ranks and base-year values that compare a figure with something else; invented sentences only.</summary>
public sealed class ComparisonFigureTests
{
    private static BatchView Extract(string text) =>
        new(DocumentExtractorFactory.Create().Extract(new SourceDocument("brief-2025-07.txt", text)));

    private static string Dump(BatchView view) =>
        string.Join("; ", view.Batch.Observations.Select(o => $"{view.Name(o.Subject)} {view.Name(o.Indicator)} {o.Value}{o.Unit} {o.PeriodStart}..{o.PeriodEnd}"));

    [Fact]
    public void Gaps_and_ranks_said_respectively_of_listed_metrics_are_one_figure_per_metric()
    {
        var view = Extract("湖北省属企业经营情况通报\n今年1-5月，湖北省属企业营业收入、利润总额同比增速分别比全国地方国有企业高4.2、17.5个百分点，"
            + "资产总额、营业收入、利润总额依次位列全国第3、第5和第3位。");

        var points = view.Batch.Observations.Where(o => o.BaseUnit == "percentage_points").Select(o => o.Value).Order().ToList();
        Assert.True(points.SequenceEqual([4.2m, 17.5m]), Dump(view));
        var ranks = view.Batch.Observations.Where(o => o.BaseUnit == "rank").ToList();
        Assert.True(ranks.Select(o => o.Value).Order().SequenceEqual([3m, 3m, 5m]), Dump(view));
        Assert.Equal(3, ranks.Select(o => o.Indicator).Distinct().Count());
    }

    [Fact]
    public void Gaps_said_with_gaochu_name_their_base_and_listed_metrics_need_no_position_in_their_names()
    {
        var view = Extract("横向比较，上半年湖北省属企业营业收入、净利润增速分别高出中央企业10.1、10.3个百分点。");

        var names = view.Batch.Observations.Where(o => o.BaseUnit == "percentage_points").Select(o => view.Name(o.Indicator)).Order().ToList();
        Assert.Equal(2, names.Count);
        Assert.All(names, n => Assert.EndsWith("增速高于中央企业", n, StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("净利润", StringComparison.Ordinal));
    }

    [Fact]
    public void Gaps_said_respectively_after_listed_figures_are_those_figures()
    {
        var view = Extract("湖北省属企业经营情况通报\n今年1-6月，湖北省属企业实现利润总额210亿元、净利润150亿元，同比分别下降12%和15.5%，降幅较前5个月分别收窄6.1和8.4个百分点。");

        var points = view.Batch.Observations.Where(o => o.BaseUnit == "percentage_points").Select(o => o.Value).Order().ToList();
        Assert.True(points.SequenceEqual([6.1m, 8.4m]), Dump(view));
    }

    [Fact]
    public void A_comparison_clause_is_about_the_figure_before_it_and_a_base_year_value_is_that_year_s()
    {
        var view = Extract("降成本工作通报\n截至今年5月，湖北省规模以上工业企业每百元营业收入中的成本为82.5元，比2019年的85.1元下降了2.6元，比同期全国平均水平低0.92元。");

        var inBaseYear = Assert.Single(view.Batch.Observations, o => o.Value == 85.1m);
        Assert.Equal(("湖北省", new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31)), (view.Name(inBaseYear.Subject), inBaseYear.PeriodStart, inBaseYear.PeriodEnd));
        var level = Assert.Single(view.Batch.Observations, o => o.Value == 82.5m);
        Assert.Equal(level.Indicator, inBaseYear.Indicator);
        foreach (var gap in new[] { 2.6m, 0.92m })
        {
            var figure = Assert.Single(view.Batch.Observations, o => o.Value == gap);
            Assert.Equal(("湖北省", level.PeriodStart, level.PeriodEnd), (view.Name(figure.Subject), figure.PeriodStart, figure.PeriodEnd));
        }
    }

    [Fact]
    public void Dates_listed_before_respectively_give_each_figure_its_own_period()
    {
        var view = Extract("降成本工作通报\n2021年、2022年，全省分别为企业减负320亿元和410亿元。湖北省将继续推进降成本工作。");

        var first = Assert.Single(view.Batch.Observations, o => o.Value == 320m);
        var second = Assert.Single(view.Batch.Observations, o => o.Value == 410m);
        Assert.Equal((new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)), (first.PeriodStart, first.PeriodEnd));
        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)), (second.PeriodStart, second.PeriodEnd));
        Assert.Equal(first.Indicator, second.Indicator);
    }
}
