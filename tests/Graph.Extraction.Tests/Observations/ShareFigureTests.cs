using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests.Observations;

/// <summary>Shares said of several figures, of listed items together, or of a part named in the clause; invented sentences only.</summary>
public sealed class ShareFigureTests
{
    private static BatchView Extract(string text) =>
        new(DocumentExtractorFactory.Create().Extract(new SourceDocument("brief-2025-07.txt", text)));

    private static string Dump(BatchView view) =>
        string.Join("; ", view.Batch.Observations.Select(o => $"{view.Name(o.Subject)} {view.Name(o.Indicator)} {o.Value}{o.Unit} {o.PeriodStart}..{o.PeriodEnd}"));

    [Fact]
    public void Shares_said_respectively_go_to_the_figures_just_read_in_order()
    {
        var view = Extract("招商工作通报\n今年上半年，湖北省签约项目320个、投资额1500亿元，其中，制造业项目280个、投资额1200亿元，分别占项目总数和总投资额的87.5%、80%。");

        var projects = Assert.Single(view.Batch.Observations, o => o.Value == 280m);
        var amount = Assert.Single(view.Batch.Observations, o => o.Value == 1200m);
        var projectShare = Assert.Single(view.Batch.Observations, o => o.Value == 87.5m);
        var amountShare = Assert.Single(view.Batch.Observations, o => o.Value == 80m);
        Assert.Equal((view.Name(projects.Indicator) + "占比", projects.Subject, projects.PeriodStart), (view.Name(projectShare.Indicator), projectShare.Subject, projectShare.PeriodStart));
        Assert.Equal((view.Name(amount.Indicator) + "占比", amount.Subject, amount.PeriodEnd), (view.Name(amountShare.Indicator), amountShare.Subject, amountShare.PeriodEnd));
        Assert.Equal("percent", amountShare.BaseUnit);
    }

    [Fact]
    public void Listed_items_together_take_a_share_of_the_whole()
    {
        var view = Extract("外包工作通报\n1-6月，我国企业承接甲国、乙国、丙国的离岸外包执行额分别为300亿元、200亿元和100亿元，三大市场合计占全部离岸执行额的60.5%。");

        var share = Assert.Single(view.Batch.Observations, o => o.Value == 60.5m);
        Assert.True(view.Name(share.Subject) == "中国" && share.PeriodStart == new DateOnly(2025, 1, 1) && share.PeriodEnd == new DateOnly(2025, 6, 30), Dump(view));
        Assert.Equal("percent", share.BaseUnit);
    }

    [Fact]
    public void A_share_with_no_figure_before_it_is_named_by_its_own_words()
    {
        var view = Extract("展会综述\n今年1-6月，湖北省新落户的外资企业中，来自东盟国家的企业占比达35%。");

        var share = Assert.Single(view.Batch.Observations, o => o.Value == 35m);
        Assert.True(view.Name(view.Batch.Observations.Single(o => o.Value == 35m).Indicator).EndsWith("占比", StringComparison.Ordinal), Dump(view));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)), (share.PeriodStart, share.PeriodEnd));
    }
}
