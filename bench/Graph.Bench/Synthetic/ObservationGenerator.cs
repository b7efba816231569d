using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Bench.Synthetic;

/// <summary>
/// Figures over several years: each series is one indicator for one subject (mostly places), annual for 2019–2025 and
/// quarterly for 2024–2025, in 亿元 with the CNY base value, a trend with noise, and a reported y/y change on most points.
/// </summary>
internal sealed class ObservationGenerator(SyntheticGraph graph, int seed)
{
    private const int FirstYear = 2019;
    private const int LastYear = 2025;
    private const decimal YuanPerYi = 100_000_000m;

    public IEnumerable<Observation> Generate(int count)
    {
        var random = new Random(seed + 2);
        var places = new ZipfSampler(graph.Of(EntityKind.Place).Count, 0.7);
        var indicators = new ZipfSampler(graph.Of(EntityKind.Indicator).Count, 0.8);
        var articles = graph.Of(EntityKind.Article);
        var produced = 0;
        while (produced < count)
        {
            var indicator = graph.Of(EntityKind.Indicator)[indicators.Next(random)];
            var subject = random.NextDouble() < 0.85
                ? graph.Of(EntityKind.Place)[places.Next(random)]
                : graph.Of(EntityKind.Company)[random.Next(graph.Of(EntityKind.Company).Count)];
            var level = (decimal)(100 + (random.NextDouble() * 9_900));
            var growth = (decimal)(-0.05 + (random.NextDouble() * 0.2));
            decimal? previous = null;
            for (var year = FirstYear; year <= LastYear && produced < count; year++)
            {
                var value = decimal.Round(level * (1 + (decimal)((random.NextDouble() - 0.5) * 0.04)), 2);
                var article = articles[random.Next(articles.Count)];
                yield return Observe(
                    indicator, subject, value, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), previous, article, random);
                produced++;
                if (year >= LastYear - 1)
                {
                    for (var quarter = 1; quarter <= 4 && produced < count; quarter++)
                    {
                        var start = new DateOnly(year, (3 * quarter) - 2, 1);
                        yield return Observe(
                            indicator, subject, decimal.Round(value / 4, 2), start, start.AddMonths(3).AddDays(-1), null, article, random);
                        produced++;
                    }
                }

                previous = value;
                level *= 1 + growth;
            }
        }
    }

    private static Observation Observe(
        Entity indicator, Entity subject, decimal value, DateOnly start, DateOnly end, decimal? previous, Entity article, Random random)
    {
        decimal? yoy = previous is { } p && p != 0 && random.NextDouble() < 0.7 ? decimal.Round((value - p) / p * 100, 1) : null;
        var isTarget = random.NextDouble() < 0.03;
        return new Observation(
            StableIds.Observation(indicator.Id, subject.Id, start, end, "亿元", article.Id),
            indicator.Id, subject.Id, value, "亿元", value * YuanPerYi, "CNY", start, end, yoy, article.Id, isTarget);
    }
}
