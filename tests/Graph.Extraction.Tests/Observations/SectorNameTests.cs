using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests.Observations;

/// <summary>Sector names that list their parts; invented sentences only.</summary>
public sealed class SectorNameTests
{
    [Fact]
    public void A_sector_whose_name_lists_its_parts_is_one_name_and_a_list_of_sectors_is_not()
    {
        var view = new BatchView(DocumentExtractorFactory.Create().Extract(new SourceDocument("brief-2025-07.txt",
            "工业生产情况\n6月份，分门类看，全国采矿业增加值同比增长3.1%，农、林、牧、渔业增长4.6%。")));

        var sector = Assert.Single(view.Batch.Observations, o => o.Value == 4.6m);
        Assert.Equal("农、林、牧、渔业增速", view.Name(sector.Indicator));
        Assert.Equal((new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30)), (sector.PeriodStart, sector.PeriodEnd));
    }
}
