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
}
