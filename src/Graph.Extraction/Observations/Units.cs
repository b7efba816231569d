namespace Graph.Extraction.Observations;

/// <summary>
/// The units the observation patterns accept: an optional magnitude (万, 亿, 万亿) before a base unit (元, 美元, a classifier
/// such as 家 or 万辆's 辆, %, 个百分点), with the 余/多 of an approximate figure (2亿余元, 5000余万件, 280多个) read past.
/// </summary>
internal static class Units
{
    private static readonly Dictionary<string, (decimal Multiplier, string BaseUnit, bool Counts)> Bases = new(StringComparer.Ordinal)
    {
        ["元"] = (1m, "CNY", false),
        ["美元"] = (1m, "USD", false),
        ["%"] = (1m, "percent", false),
        ["个百分点"] = (1m, "percentage_points", false),
        ["人次"] = (1m, "person_times", false),
        ["场次"] = (1m, "count", true),
        ["吨"] = (1m, "tonnes", false),
        ["人"] = (1m, "persons", true),
        ["名"] = (1m, "persons", true),
        ["位"] = (1m, "rank", true),
        ["个"] = (1m, "count", true),
        ["家"] = (1m, "count", true),
        ["项"] = (1m, "count", true),
        ["户"] = (1m, "count", true),
        ["件"] = (1m, "count", true),
        ["场"] = (1m, "count", true),
        ["笔"] = (1m, "count", true),
        ["款"] = (1m, "count", true),
        ["台"] = (1m, "count", true),
        ["套"] = (1m, "count", true),
        ["辆"] = (1m, "count", true),
        ["种"] = (1m, "count", true),
        ["瓶"] = (1m, "count", true),
        ["条"] = (1m, "count", true),
    };

    private static readonly (string Prefix, decimal Multiplier)[] Magnitudes = [("万亿", 1_000_000_000_000m), ("亿", 100_000_000m), ("万", 10_000m)];

    /// <summary>
    /// The alternation for the number pattern. Longer forms first (万美元 before 美元, 个百分点 before 个); 条 and 位 stand
    /// only with a magnitude (1.2万条): bare, they count a policy's items (35条) or rank (read by their own pattern).
    /// </summary>
    public const string Pattern =
        "%|(?:万亿|亿|万)(?:余|多)?(?:美元|元|人次|场次|人|名|个|家|项|户|件|场|笔|款|台|套|辆|吨|种|瓶|条)"
        + "|(?:余|多)?(?:个百分点|美元|元|人次|场次|人|名|个|家|项|户|件|场|笔|款|台|套|辆|吨|种|瓶)";

    /// <summary>The unit as written (余/多 dropped): 亿元, 万件, 个百分点, %.</summary>
    public static UnitInfo Get(string written)
    {
        var unit = written.Replace("余", string.Empty, StringComparison.Ordinal).Replace("多", string.Empty, StringComparison.Ordinal);
        var multiplier = 1m;
        var rest = unit;
        foreach (var (prefix, factor) in Magnitudes)
        {
            if (unit.Length > prefix.Length && unit.StartsWith(prefix, StringComparison.Ordinal) && Bases.ContainsKey(unit[prefix.Length..]))
            {
                (multiplier, rest) = (factor, unit[prefix.Length..]);
                break;
            }
        }

        var (baseMultiplier, baseUnit, counts) = Bases.TryGetValue(rest, out var known)
            ? known
            : throw new ArgumentException($"Unknown unit '{written}'.", nameof(written));
        // 10万人 is an amount of people; 28户, 3496家 count things and name themselves after what they count (企业数).
        return new UnitInfo(unit, multiplier * baseMultiplier, baseUnit, counts);
    }
}
