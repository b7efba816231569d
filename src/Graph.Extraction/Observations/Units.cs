namespace Graph.Extraction.Observations;

/// <summary>The units the observation patterns accept, with their base units.</summary>
internal static class Units
{
    private static readonly Dictionary<string, UnitInfo> Known = new UnitInfo[]
    {
        new("万亿元", 1_000_000_000_000m, "CNY"),
        new("亿元", 100_000_000m, "CNY"),
        new("万元", 10_000m, "CNY"),
        new("元", 1m, "CNY"),
        new("亿美元", 100_000_000m, "USD"),
        new("万美元", 10_000m, "USD"),
        new("美元", 1m, "USD"),
        new("万人次", 10_000m, "person_times"),
        new("人次", 1m, "person_times"),
        new("万人", 10_000m, "persons"),
        new("人", 1m, "persons", IsCount: true),
        new("个百分点", 1m, "percentage_points"),
        new("%", 1m, "percent"),
        new("个", 1m, "count", IsCount: true),
        new("项", 1m, "count", IsCount: true),
        new("家", 1m, "count", IsCount: true),
    }.ToDictionary(u => u.Unit, StringComparer.Ordinal);

    /// <summary>The alternation for the number pattern, longest units first so 万美元 wins over 美元.</summary>
    public const string Pattern = "万亿元|亿美元|万美元|亿元|万元|万人次|万人|人次|个百分点|美元|元|人|%|个|项|家";

    public static UnitInfo Get(string unit) => Known[unit];
}
