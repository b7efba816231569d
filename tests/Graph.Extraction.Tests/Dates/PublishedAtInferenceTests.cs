using Graph.Extraction.Dates;

namespace Graph.Extraction.Tests.Dates;

public sealed class PublishedAtInferenceTests
{
    [Theory]
    [InlineData("liaoning-digital-economy-newsletter-2025-04.txt", "2025-04-01")]
    [InlineData("brief_2024-11-18.md", "2024-11-18")]
    [InlineData("2023.07 report.txt", "2023-07-01")]
    public void A_date_in_the_name_is_the_publication_date(string name, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), PublishedAtInference.FromName(name));
    }

    [Theory]
    [InlineData("newsletter.txt")]
    [InlineData("2025-13.txt")]
    [InlineData("id-120250401.txt")]
    public void A_name_without_a_valid_date_gives_none(string name)
    {
        Assert.Null(PublishedAtInference.FromName(name));
    }

    [Theory]
    [InlineData("7月份国民经济延续恢复态势\n发布时间：2022-08-15　来源：浙江日报\n\n新华社北京8月15日电", "2022-08-15")]
    [InlineData("某某日报　发布时间：2018-10-30\n\n我省再出台35条举措", "2018-10-30")]
    [InlineData("标题\n时间：2023-02-17 14:20:03　来源：某日报", "2023-02-17")]
    [InlineData("省属企业上半年实现营业收入1234亿元\n\n2020-07-20　来源：某网\n\n7月20日上午", "2020-07-20")]
    [InlineData("第三届数字贸易展落幕\n\n2024年11月10日19:32　来源：某网\n\n某网上海11月10日电", "2024-11-10")]
    [InlineData("本报广州5月5日电 2025年的第9届商品展闭幕。\n《某日报》（2025年05月06日　10版）", "2025-05-06")]
    [InlineData("新华社合肥9月26日电 2024数字经济大会闭幕，力争到2027年翻番。", "2024-09-26")]
    [InlineData("前三季度某省工业稳中有进\n某省统计局 2021-10-22 09:30\n\n前三季度，全省工业增加值增长6%。", "2021-10-22")]
    [InlineData("第五届某某博览会闭幕 成交再创新高\n2018/06/12 某某新闻网\n\n为期四天的博览会昨天闭幕。", "2018-06-12")]
    public void The_text_says_when_it_was_published(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PublishedAtInference.FromText(text));
    }

    [Theory]
    [InlineData("今年1—7月，全国软件业务收入同比增长13.6%。")]
    [InlineData("新华社北京8月15日电 今年以来经济恢复。")]
    [InlineData("某市统计月报\n截至2021-09-30，全市存款余额增长8%。")]
    [InlineData("某县项目进度\n2021-01-01至2021-09-30，全县完成投资12亿元。")]
    public void A_text_that_says_nothing_of_its_date_gives_none(string text)
    {
        Assert.Null(PublishedAtInference.FromText(text));
    }
}
