namespace Graph.Extraction.Lexicon;

/// <summary>Short forms of province and city names (辽宁省 → 辽宁, 大连市 → 大连).</summary>
internal static class PlaceAliases
{
    // Short forms that are also everyday words or names (朝阳产业, 白银, 来宾, 大同小异...): matching them would mostly be wrong.
    private static readonly HashSet<string> Blocked =
    [
        "朝阳", "来宾", "白银", "长治", "安康", "大同", "开封", "阿里", "普洱", "日照", "中山", "黄山", "山南", "吉安", "东方", "永安",
        "和田", "阳江", "三明", "临沧", "保山", "海东", "海北", "海南", "海西", "玉树", "果洛", "兴安", "通化", "南平", "吉林",
    ];

    private static readonly string[] ProvinceSuffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"];

    public static string? Short(string name, string subtype)
    {
        if (subtype == "province")
        {
            foreach (var suffix in ProvinceSuffixes)
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
                {
                    return name[..^suffix.Length];
                }
            }

            return null;
        }

        if (subtype != "city")
        {
            return null;
        }

        string? shortName = name.EndsWith('市') && name.Length >= 3 ? name[..^1]
            : name.EndsWith("地区", StringComparison.Ordinal) && name.Length >= 4 ? name[..^2]
            : null;
        return shortName is not null && !Blocked.Contains(shortName) ? shortName : null;
    }

    /// <summary>Short forms that belong to a province even where a city shares them (吉林, 海南).</summary>
    public static bool IsProvinceOwned(string shortName) => shortName is "吉林" or "海南";
}
