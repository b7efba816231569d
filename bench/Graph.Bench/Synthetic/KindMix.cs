using Graph.Domain.Model;

namespace Graph.Bench.Synthetic;

/// <summary>
/// How many entities of each kind a graph of N entities has. The shares start from the sample newsletter's mix and shift as
/// a corpus grows: places, indicators, industries and sources are closed vocabularies that saturate, while companies,
/// people, articles and policies keep coming with every issue.
/// </summary>
internal static class KindMix
{
    private static readonly (EntityKind Kind, double Share)[] Shares =
    [
        (EntityKind.Company, 0.28),
        (EntityKind.Person, 0.15),
        (EntityKind.Article, 0.15),
        (EntityKind.Organization, 0.10),
        (EntityKind.Policy, 0.06),
        (EntityKind.Event, 0.06),
        (EntityKind.Project, 0.05),
        (EntityKind.Product, 0.05),
        (EntityKind.Place, 0.04),
        (EntityKind.Indicator, 0.02),
        (EntityKind.Industry, 0.03),
        (EntityKind.Source, 0.01),
    ];

    public static Dictionary<EntityKind, int> For(int total)
    {
        var counts = Shares.ToDictionary(s => s.Kind, s => Math.Max(1, (int)Math.Round(total * s.Share)));
        // Whatever rounding left over goes to companies, so the total is exact.
        counts[EntityKind.Company] += total - counts.Values.Sum();
        // The place hierarchy needs the country and every province.
        counts[EntityKind.Place] = Math.Max(counts[EntityKind.Place], 1 + Vocabulary.Provinces.Length + 1);
        return counts;
    }
}
