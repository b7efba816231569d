using Graph.Domain.Identity;

namespace Graph.Domain.Tests.Identity;

public sealed class CanonicalNameTests
{
    [Theory]
    [InlineData("《关于算力设施赋能制造业的实施意见》", "关于算力设施赋能制造业的实施意见")]
    [InlineData("“智能制造+”行动", "智能制造+行动")]
    [InlineData("ＣＰＴＰＰ", "CPTPP")]
    [InlineData("cptpp", "CPTPP")]
    [InlineData("大连 市", "大连市")]
    [InlineData("Ｇ２０", "G20")]
    public void Equivalent_spellings_share_one_canonical_form(string name, string canonical) =>
        Assert.Equal(canonical, CanonicalName.Normalize(name));

    [Fact]
    public void Different_names_stay_different() =>
        Assert.NotEqual(CanonicalName.Normalize("商务部"), CanonicalName.Normalize("商务部研究院"));
}
