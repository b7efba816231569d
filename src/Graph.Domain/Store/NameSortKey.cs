using System.Globalization;

namespace Graph.Domain.Store;

/// <summary>
/// The pinyin sort key of a name, stored beside it so an index can serve <see cref="EntityOrder.NamePinyinAscending"/>:
/// the ICU sort key of ICU's collation for Chinese (<c>zh</c>, whose default is pinyin order: 北京 before 上海 before
/// 天津), as lower-case hex so that ordinal comparison of the text is the collation order. Latin letters interleave with
/// pinyin by letter, digits come first. Keys depend on the ICU version's collation data (CLDR); a store that moves to a
/// newer ICU may re-key with <see cref="Version"/> as the marker.
/// </summary>
public static class NameSortKey
{
    private static readonly CompareInfo Chinese = CultureInfo.GetCultureInfo("zh").CompareInfo;

    /// <summary>Names the collation and its version, for a store to tell whether its keys are current.</summary>
    public static string Version { get; } = $"zh@{Chinese.Version.FullVersion}";

    public static string Pinyin(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Convert.ToHexStringLower(Chinese.GetSortKey(name, CompareOptions.None).KeyData);
    }
}
