using Graph.Extraction.Tests.Support;
using static Graph.Extraction.Tests.Support.BatchView;

namespace Graph.Extraction.Tests.Observations;

/// <summary>Markets listed after 承接 are where the work comes from, not whose figures they are.</summary>
public sealed class CounterpartyListTests
{
    [Fact]
    public void Listed_markets_after_taking_on_work_are_counterparties_of_the_reporting_place()
    {
        var view = Extract("发布时间：2026-07-21\n上半年，我国企业承接日本、韩国和新加坡离岸服务外包执行额分别为210亿元、150亿元和90亿元。");

        var figures = view.Batch.Observations.Where(o => o.Value is 210m or 150m or 90m).ToList();
        Assert.Equal(3, figures.Count);
        Assert.All(figures, o => Assert.Equal("中国", view.Name(o.Subject)));
        Assert.Contains("韩国", view.Name(Assert.Single(figures, o => o.Value == 150m).Indicator), StringComparison.Ordinal);
    }

    [Fact]
    public void Listed_places_that_report_their_own_figures_keep_them()
    {
        var view = Extract("发布时间：2026-07-21\n上半年，辽宁省、吉林省软件业务收入分别为210亿元、150亿元。");

        Assert.Equal("吉林省", view.Name(Assert.Single(view.Batch.Observations, o => o.Value == 150m).Subject));
    }

    [Fact]
    public void A_place_a_fair_trades_with_is_not_the_subject_of_the_deal()
    {
        var view = Extract("发布时间：2026-06-06\n\n第八届松花江消费品博览会6月1日至5日在哈尔滨举办。本届博览会累计成交12.5亿美元，其中对泰国成交2.4亿美元，增长8.1%。");

        var deal = Assert.Single(view.Batch.Observations, o => o.Value == 2.4m);
        Assert.Equal("第八届松花江消费品博览会", view.Name(deal.Subject));
        Assert.Contains("泰国", view.Name(deal.Indicator), StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_naming_where_a_fairs_buyers_come_from_is_not_the_subject_of_their_count()
    {
        var view = Extract("发布时间：2026-06-06\n\n第八届松花江消费品博览会6月1日至5日在哈尔滨举办。本届博览会共吸引采购商3万人，其中，泰国采购商较上届增长18.5%。");

        var buyers = Assert.Single(view.Batch.Observations, o => o.Value == 18.5m);
        Assert.Equal("第八届松花江消费品博览会", view.Name(buyers.Subject));
    }
}
