using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public sealed class SmallCountTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("12", 12)]
    [InlineData("一", 1)]
    [InlineData("两", 2)]
    [InlineData("五", 5)]
    [InlineData("十", 10)]
    public void A_count_in_digits_or_one_numeral_is_read(string written, int count) =>
        Assert.Equal(count, SmallCount.Parse(written));

    [Theory]
    [InlineData("")]
    [InlineData("十二")]
    [InlineData("百")]
    [InlineData("几")]
    public void Anything_else_is_no_count(string written) => Assert.Null(SmallCount.Parse(written));
}
