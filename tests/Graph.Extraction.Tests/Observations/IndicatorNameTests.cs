using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests.Observations;

/// <summary>What an indicator is named, so one metric forms one series across periods; invented sentences only.</summary>
public sealed class IndicatorNameTests
{
    [Fact]
    public void A_period_between_the_subject_and_the_metric_is_the_figure_s_period_and_no_part_of_the_metric()
    {
        var view = BatchView.Extract("澄江市2024年一季度地区生产总值达到120亿元，同比增长5.1%。澄江市2024年二季度地区生产总值达到135亿元。", "brief-2024-08.txt");

        var first = view.Observation("澄江市", "地区生产总值", 120m);
        var second = view.Observation("澄江市", "地区生产总值", 135m);
        Assert.Equal(first.Indicator, second.Indicator);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31)), (first.PeriodStart, first.PeriodEnd));
        Assert.Equal((new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 30)), (second.PeriodStart, second.PeriodEnd));
    }

    [Fact]
    public void A_bare_metric_of_a_company_named_in_its_clause_is_that_company_s_and_borrows_no_qualifier()
    {
        var view = BatchView.Extract("2024年一季度，全省省属企业实现营业收入1200亿元。分企业看，澄湖港务集团有限公司一季度营业收入55亿元。", "brief-2024-05.txt");

        view.Observation("澄湖港务集团有限公司", "营业收入", 55m);
    }

    [Fact]
    public void Modals_approximations_and_level_verbs_around_the_figure_are_no_part_of_the_metric_and_a_class_of_companies_keeps_its_level()
    {
        var view = BatchView.Extract(
            "大连市预计，1至9月全市可实现地区生产总值288亿元。上半年，大连市属企业年化净资产收益率提升至2.8%。大连市累计发布采购需求近500亿元。",
            "brief-2024-08.txt");

        view.Observation("大连市", "地区生产总值", 288m);
        view.Observation("大连市", "市属企业年化净资产收益率", 2.8m);
        view.Observation("大连市", "累计发布采购需求", 500m);
    }

    [Fact]
    public void A_count_is_named_by_the_noun_it_counts_across_the_genre_s_fixed_pair_and_without_the_verbs_around_it()
    {
        var view = BatchView.Extract(
            "大连市展会情况通报\n本届展会共有来自214个国家和地区的25.3万名境外采购商到会。组团参会的工商机构有140家，增长17.6%；"
            + "到会的头部跨国采购企业达376家。大会共邀请到96名驻华使领馆官员以及222名跨国公司负责人参会。",
            "brief-2024-08.txt");

        view.Observation("大连市", "国家和地区数", 214m);
        view.Observation("大连市", "境外采购商人数", 25.3m);
        view.Observation("大连市", "组团参会的工商机构数", 140m);
        view.Observation("大连市", "到会的头部跨国采购企业数", 376m);
        view.Observation("大连市", "驻华使领馆官员数", 96m);
        view.Observation("大连市", "跨国公司负责人数", 222m);
    }

    [Fact]
    public void Gong_opening_gongjian_is_part_of_the_word_not_a_sum()
    {
        var view = BatchView.Extract("新兴市场仍是展会最大的客源地。共建国家采购商187,450人，增长17.4%。", "brief-2024-08.txt");

        Assert.Equal("共建国家采购商人数", view.Name(Assert.Single(view.Batch.Observations, o => o.Value == 187450m).Indicator));
    }

    [Fact]
    public void People_are_counted_in_renshu_and_occasions_in_changci()
    {
        var view = BatchView.Extract("大连市展会情况通报\n本届展会期间，欧美采购商51,862人，增长3.4%。展会共举办贸易投资对接活动120场。", "brief-2024-08.txt");

        view.Observation("大连市", "欧美采购商人数", 51862m);
        Assert.Contains(view.Batch.Observations, o => o.Value == 120m && view.Name(o.Indicator).EndsWith("活动场次", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gap_is_worded_one_way_whatever_the_text_s_wording_and_a_rate_s_gap_is_of_the_rate_itself()
    {
        var view = BatchView.Extract(
            "7月份，全国规模以上工业增加值同比增长5.1%，比上月加快0.4个百分点。全国城镇调查失业率为5.2%，比上月下降0.1个百分点。"
            + "上半年，大连市地区生产总值同比增长6.1%，增速比全国高1.1个百分点。",
            "brief-2024-08.txt");

        Assert.Contains(view.Batch.Observations, o => o.Value == 0.4m && view.Name(o.Indicator) == "规模以上工业增加值增速较上月加快");
        Assert.Contains(view.Batch.Observations, o => o.Value == 0.1m && view.Name(o.Indicator) == "城镇调查失业率较上月下降");
        Assert.Contains(view.Batch.Observations, o => o.Value == 1.1m && view.Name(o.Indicator) == "地区生产总值增速高于全国");
    }

    [Fact]
    public void Tongqi_leading_and_leiji_before_the_figure_say_when_and_a_part_of_a_category_is_named_by_itself()
    {
        var view = BatchView.Extract(
            "1-8月，全国服务外包执行额5867.1亿元。同期服务外包合同额8503.9亿元。1-8月，全国货物进出口总额累计27.1万亿元。"
            + "1-8月，ITO中的集成电路设计服务外包离岸执行额258.1亿元。",
            "brief-2020-09.txt");

        view.Observation("中国", "服务外包合同额", 8503.9m);
        view.Observation("中国", "货物进出口总额", 27.1m);
        view.Observation("中国", "集成电路设计服务外包离岸执行额", 258.1m);
    }

    [Fact]
    public void No_name_opens_with_de()
    {
        var view = BatchView.Extract("大连市展会情况通报\n本届展会期间，39个交易团组织注册的专业观众超过43万名，同比增长4%。", "brief-2024-08.txt");

        Assert.DoesNotContain(view.Batch.Observations, o => view.Name(o.Indicator).StartsWith('的'));
        Assert.Contains(view.Batch.Observations, o => o.Value == 43m && view.Name(o.Indicator) == "专业观众");
    }
}
