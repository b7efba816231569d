using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public sealed class TextRepairerTests
{
    [Fact]
    public void Lines_broken_mid_sentence_are_joined_across_blank_lines()
    {
        var repaired = TextRepairer.Repair("出口额 4321 万美\n\n元，同比增长 12%。\n");

        Assert.Equal("出口额4321万美元，同比增长12%。", repaired.Text);
    }

    [Fact]
    public void A_first_line_right_above_a_much_longer_paragraph_is_a_title_and_not_glued_into_its_first_sentence()
    {
        var titled = TextRepairer.Repair("澄江市展会情况通报\n本届展会期间，境外采购商到会3.2万名，占比五成以上，同比增长一成。\n");
        var wrapped = TextRepairer.Repair("澄江市展会情况通报本届展会期\n间，境外采购商到会3.2万名。\n");

        Assert.StartsWith("澄江市展会情况通报\n本届展会", titled.Text, StringComparison.Ordinal);
        Assert.StartsWith("澄江市展会情况通报本届展会期间", wrapped.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_page_s_header_line_is_never_joined_to_the_next_line()
    {
        var repaired = TextRepairer.Repair(
            "澄江开发区举行项目集中签约仪式\n\n时间：2023-02-17 14:20:03　来源：澄江日报全媒体采访中心\n\n澄江日报全媒体讯（记者 方明）2月17日上午，澄江开发区举行签约仪式。\n");
        var dated = TextRepairer.Repair("发布时间:2020-09-21\n\n商务部有关负责人介绍了情况。");

        Assert.Contains("采访中心\n澄江日报全媒体讯", repaired.Text, StringComparison.Ordinal);
        Assert.Equal("发布时间：2020-09-21\n商务部有关负责人介绍了情况。", dated.Text);
    }

    [Fact]
    public void A_standalone_page_number_is_dropped()
    {
        var repaired = TextRepairer.Repair("会上介绍了工作安排，\n\n\n\n6\n\n并回答了提问。");

        Assert.Equal("会上介绍了工作安排，并回答了提问。", repaired.Text);
    }

    [Fact]
    public void A_line_ending_a_sentence_keeps_its_break()
    {
        var repaired = TextRepairer.Repair("第一句。\n\n第二句");

        Assert.Equal("第一句。\n第二句", repaired.Text);
    }

    [Fact]
    public void Latin_words_keep_one_space_and_full_width_forms_are_narrowed()
    {
        var repaired = TextRepairer.Repair("印度媒体 India  Dispatch 报道 ＡＩ 占 １２％");

        Assert.Equal("印度媒体India Dispatch报道AI占12%", repaired.Text);
    }

    [Fact]
    public void Every_repaired_character_maps_back_to_the_same_character_in_the_original()
    {
        const string original = " 【月报】\n\n● 2024 年 4-6 月\n\n今年\n\n4-6 月，出口额 4321 万美\n\n元。\n（来源：某网站）\n  下一篇\n";

        var repaired = TextRepairer.Repair(original);

        for (var i = 0; i < repaired.Text.Length; i++)
        {
            var span = repaired.ToOriginal(i, i + 1);
            var originalChar = original[span.Start];
            Assert.True(repaired.Text[i] == originalChar || (repaired.Text[i] == '\n' && char.IsWhiteSpace(originalChar)),
                $"Repaired '{repaired.Text[i]}' at {i} maps to '{originalChar}' at {span.Start}.");
        }

        Assert.Equal("4321 万美\n\n元", repaired.OriginalSlice(repaired.Text.IndexOf("4321", StringComparison.Ordinal), repaired.Text.IndexOf('元') + 1));
    }

    [Fact]
    public void Titles_sections_and_source_lines_are_recognized()
    {
        var repaired = TextRepairer.Repair(" 【行业资讯】\n\n●标题一\n\n正文。\n\n（来源：经济参考报）\n  标题二\n正文。");

        Assert.Equal(
            [LineKind.Section, LineKind.Heading, LineKind.Source, LineKind.Title],
            repaired.Structure.Select(s => s.Kind));
        Assert.Equal("标题一", repaired.Text[repaired.Structure[1].Start..repaired.Structure[1].End]);
    }
}
