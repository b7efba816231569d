using System.Globalization;
using Graph.Domain.Store;

namespace Graph.Domain.Tests.Store;

/// <summary>The key is ICU's sort key for <c>zh</c> as hex, whichever buffer it was written into.</summary>
public sealed class NameSortKeyTests
{
    private static readonly CompareInfo Chinese = CultureInfo.GetCultureInfo("zh").CompareInfo;

    public static TheoryData<string> Names => new()
    {
        "北京",
        "Shenzhen 2025",
        string.Empty,
        // Longer than the stack buffer takes (128 characters): the measured path.
        new string('长', 300),
        // Each of these expands to many collation elements: 120 of them overflow the stack buffer, the measured path then.
        new string('\uFDFA', 120),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void The_key_is_ICU_s_sort_key_in_lower_case_hex(string name) =>
        Assert.Equal(Convert.ToHexStringLower(Chinese.GetSortKey(name, CompareOptions.None).KeyData), NameSortKey.Pinyin(name));

    [Fact]
    public void Keys_compare_ordinally_in_pinyin_order() =>
        Assert.True(string.CompareOrdinal(NameSortKey.Pinyin("北京"), NameSortKey.Pinyin("上海")) < 0);
}
