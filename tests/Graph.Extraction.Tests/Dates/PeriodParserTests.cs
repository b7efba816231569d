using Graph.Extraction.Dates;

namespace Graph.Extraction.Tests.Dates;

public sealed class PeriodParserTests
{
    private static readonly DateOnly Published = new(2025, 4, 1);

    [Theory]
    [InlineData("今年1-3月，", "2025-01-01", "2025-03-31")]
    [InlineData("1—2月，", "2025-01-01", "2025-02-28")]
    [InlineData("今年前2个月，", "2025-01-01", "2025-02-28")]
    [InlineData("一季度，", "2025-01-01", "2025-03-31")]
    [InlineData("首季", "2025-01-01", "2025-03-31")]
    [InlineData("截至2月底，", "2025-02-28", "2025-02-28")]
    [InlineData("去年12月", "2024-12-01", "2024-12-31")]
    [InlineData("2024年我国", "2024-01-01", "2024-12-31")]
    [InlineData("全年旅游收入", "2025-01-01", "2025-12-31")]
    [InlineData("今年海洋经济", "2025-01-01", "2025-12-31")]
    [InlineData("上半年", "2025-01-01", "2025-06-30")]
    public void Relative_periods_resolve_against_the_document_year(string text, string start, string end)
    {
        var mention = Assert.Single(PeriodParser.Find(text, 0, text.Length, 2025, Published));

        Assert.Equal(new Period(DateOnly.Parse(start), DateOnly.Parse(end)), mention.Period);
    }

    [Theory]
    [InlineData("4月29日，在峰会")]
    [InlineData("2025年以来，")]
    [InlineData("未来20年进入")]
    [InlineData("5年后，")]
    public void Day_dates_and_open_ranges_are_not_periods(string text)
    {
        Assert.Empty(PeriodParser.Find(text, 0, text.Length, 2025, Published));
    }

    [Fact]
    public void So_far_this_year_runs_to_the_publication_date_and_a_day_given_by_jiezhi_is_a_point()
    {
        var sinceJanuary = Assert.Single(PeriodParser.Find("今年以来，", 0, 5, 2025, Published));
        var day = Assert.Single(PeriodParser.Find("截至5月4日，", 0, 7, 2025, Published));
        var monthEnd = Assert.Single(PeriodParser.Find("截至3月份，", 0, 6, 2025, Published));

        Assert.Equal(new Period(new DateOnly(2025, 1, 1), Published), sinceJanuary.Period);
        Assert.Equal(new Period(new DateOnly(2025, 5, 4), new DateOnly(2025, 5, 4)), day.Period);
        Assert.Equal(new Period(new DateOnly(2025, 3, 31), new DateOnly(2025, 3, 31)), monthEnd.Period);
    }

    [Fact]
    public void Months_after_the_publication_date_fall_in_the_year_before()
    {
        var mention = Assert.Single(PeriodParser.Find("10-12月", 0, 6, 2025, new DateOnly(2025, 1, 15)));

        Assert.Equal(new DateOnly(2024, 10, 1), mention.Period.Start);
    }
}
