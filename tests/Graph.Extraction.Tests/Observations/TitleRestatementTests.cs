using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests.Observations;

/// <summary>A title's figures restate the body's; invented sentences only.</summary>
public sealed class TitleRestatementTests
{
    [Fact]
    public void A_title_figure_the_body_reads_again_is_kept_once_as_the_body_reads_it()
    {
        var batch = DocumentExtractorFactory.Create().Extract(new SourceDocument("brief-2025-02.txt",
            "打造绿色园区　松江经开区12个项目集中签约、8个项目集中开工\n\n时间：2025-02-10 14:20:03　来源：某某日报\n\n本报讯（记者 王一）2月10日上午，松江经济技术开发区举行2025年一季度项目集中签约暨集中开工仪式。此次集中签约项目12个，总投资额50亿元；集中开工项目8个，总投资额30亿元。"));

        var signed = Assert.Single(batch.Observations, o => o.Value == 12m);
        Assert.True(signed.PeriodStart != new DateOnly(2025, 1, 1) || signed.PeriodEnd != new DateOnly(2025, 12, 31),
            $"the body's reading is kept, not the title's: {signed.PeriodStart}..{signed.PeriodEnd}");
        Assert.Single(batch.Observations, o => o.Value == 50m);
    }

    [Fact]
    public void A_second_amount_of_the_same_name_after_another_count_is_that_count_s_and_not_lost()
    {
        var batch = DocumentExtractorFactory.Create().Extract(new SourceDocument("brief-2025-02.txt",
            "园区动态\n\n2月10日上午，松江经济技术开发区举行2025年一季度项目集中签约暨集中开工仪式。此次集中签约项目12个，总投资额50亿元；集中开工项目8个，总投资额30亿元。"));

        var signed = Assert.Single(batch.Observations, o => o.Value == 50m);
        var started = Assert.Single(batch.Observations, o => o.Value == 30m);
        Assert.NotEqual(signed.Indicator, started.Indicator);
    }
}
