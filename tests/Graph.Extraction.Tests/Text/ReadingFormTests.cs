using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public sealed class ReadingFormTests
{
    [Fact]
    public void Traditional_characters_read_as_Simplified_with_the_same_length()
    {
        const string original = "工業和信息化部發佈的統計數據顯示，軟件業務收入累計達到64570億元，佔全行業收入的66.6%。";

        var reading = ReadingForm.Of(original);

        Assert.Equal("工业和信息化部发布的统计数据显示，软件业务收入累计达到64570亿元，占全行业收入的66.6%。", reading);
        Assert.Equal(original.Length, reading.Length);
    }

    [Fact]
    public void A_Simplified_text_keeps_the_characters_that_are_also_Traditional()
    {
        // 乾 (乾坤) is left alone: a text reads as Traditional only when enough of it is.
        const string original = "乾坤湾文旅项目总投资5亿元，由当地企业建设。";

        Assert.Equal(original, ReadingForm.Of(original));
    }

    [Fact]
    public void Phrases_convert_as_a_whole_where_their_characters_alone_would_not()
    {
        Assert.Contains("了解", ReadingForm.Of("記者瞭解到，這項工作進展順利，業務收入增長較快，發佈時間已經確定。"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1-8月,我国承接执行额5867.1亿元,同比增长12.5%;其中(ITO)占比较高!", "1-8月，我国承接执行额5867.1亿元，同比增长12.5%；其中（ITO）占比较高！")]
    [InlineData("来自219个国家和地区的288,938名采购商", "来自219个国家和地区的288,938名采购商")]
    [InlineData("2024年11月10日19:32　来源:人民网", "2024年11月10日19:32　来源：人民网")]
    [InlineData("以\"数字速度\"推进,打造\"本地造\"", "以“数字速度”推进，打造“本地造”")]
    [InlineData("营收１２３４亿元，增长５％", "营收1234亿元，增长5%")]
    public void Half_width_punctuation_and_full_width_digits_read_the_same(string original, string expected)
    {
        Assert.Equal(expected, ReadingForm.Of(original));
    }
}
