using Graph.Extraction.Tests.Support;
using static Graph.Extraction.Tests.Support.BatchView;

namespace Graph.Extraction.Tests.Observations;

/// <summary>A closing report's dates: the closing day and the length the text gives, counted back to the first day.</summary>
public sealed class EventPeriodTests
{
    [Fact]
    public void A_length_and_a_closing_day_date_the_event_from_its_first_day()
    {
        var view = Extract("发布时间：2027-06-13\n为期四天的第六届松花江消费品博览会6月12日在哈尔滨闭幕。本届博览会意向成交金额为35亿美元，比首届增长12%。");

        var deals = view.Observation("第六届松花江消费品博览会", "意向成交金额", 35m);
        Assert.Equal((new DateOnly(2027, 6, 9), new DateOnly(2027, 6, 12)), (deals.PeriodStart, deals.PeriodEnd));
        Assert.Equal(12m, deals.YoyPct);
    }

    [Fact]
    public void Yesterday_in_a_dated_report_is_the_closing_day_and_the_reports_own_dateline_is_not()
    {
        var view = Extract("第九届松花江消费品博览会落幕\n发布时间：2027-06-13\n\n某网6月13日消息：为期五天的第九届松花江消费品博览会昨天在哈尔滨落下帷幕。"
            + "本届博览会到会采购商1200人，比上届微降2.5%。");

        var buyers = Assert.Single(view.Batch.Observations, o => o.Value == 1200m);
        Assert.Equal("第九届松花江消费品博览会", view.Name(buyers.Subject));
        Assert.Equal((new DateOnly(2027, 6, 8), new DateOnly(2027, 6, 12)), (buyers.PeriodStart, buyers.PeriodEnd));
        Assert.Equal(-2.5m, buyers.YoyPct);
    }

    [Fact]
    public void Today_that_opens_a_registration_dates_no_event_and_the_articles_figures_stay_with_their_place()
    {
        var view = Extract("发布时间：2027-06-13\n第三届澄湖茶业博览会自今日起接受报名，博览会将在澄江市举办。"
            + "今年一季度，全市茶叶出口额12.6亿元，同比增长8.3%。");

        Assert.Equal("澄江市", view.Name(Assert.Single(view.Batch.Observations, o => o.Value == 12.6m).Subject));
    }

    [Fact]
    public void A_length_after_an_opening_day_runs_on_from_it()
    {
        var view = Extract("发布时间：2027-06-20\n为期3天的第二届松花江消费品博览会6月1日在哈尔滨开幕。本届博览会共有300家企业参展。");

        var exhibitors = view.Batch.Observations.Single(o => o.Value == 300m);
        Assert.Equal((new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 3)), (exhibitors.PeriodStart, exhibitors.PeriodEnd));
    }
}
