using System.Globalization;
using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Bench.Synthetic;

/// <summary>Makes the entities of a synthetic graph: names, subtypes and dates, deterministically from the seed.</summary>
internal static class EntityGenerator
{
    private static readonly DateOnly FirstDay = new(2019, 1, 1);
    private const int DaySpan = 7 * 365;

    public static SyntheticGraph Generate(int total, int seed)
    {
        var random = new Random(seed);
        var counts = KindMix.For(total);
        var graph = new SyntheticGraph();
        AddPlaces(graph, counts[EntityKind.Place], random);
        Add(graph, EntityKind.Organization, counts, i => i == 0 ? "商务部" : Organization(i, random), i => i < 50 ? "government" : null);
        Add(graph, EntityKind.Industry, counts, i => Industry(i));
        Add(graph, EntityKind.Indicator, counts, i => Indicator(i));
        Add(graph, EntityKind.Source, counts, i =>
            i < Vocabulary.Sources.Length ? Vocabulary.Sources[i] : "资讯" + NameMaker.Code(i, Vocabulary.Brand, 2) + "网");
        Add(graph, EntityKind.Company, counts, i => Company(i, random));
        Add(graph, EntityKind.Person, counts, NameMaker.Person);
        Add(graph, EntityKind.Product, counts, i =>
            NameMaker.Code(i, Vocabulary.Brand, 2) + NameMaker.Pick(random, ["智能终端", "工业软件", "芯片", "传感器", "机器人", "数据平台"]));
        Add(graph, EntityKind.Project, counts, i =>
            NameMaker.Code(i, Vocabulary.PlaceChars, 2) + NameMaker.Pick(random, Vocabulary.Industries) + "项目");
        Add(graph, EntityKind.Policy, counts, i => Policy(i, random), start: _ => Day(random));
        Add(graph, EntityKind.Event, counts, i => Event(i, random), start: _ => Day(random));
        AddArticles(graph, counts[EntityKind.Article], seed, random);
        return graph;
    }

    private static void Add(
        SyntheticGraph graph, EntityKind kind, Dictionary<EntityKind, int> counts, Func<int, string> name,
        Func<int, string?>? subtype = null, Func<int, DateOnly?>? start = null)
    {
        for (var i = 0; i < counts[kind]; i++)
        {
            var entity = Entity.Create(kind, name(i), subtype: subtype?.Invoke(i));
            if (start?.Invoke(i) is { } day)
            {
                entity = entity with { StartDate = day, EndDate = kind == EntityKind.Event ? day.AddDays(2) : null };
            }

            graph.Add(entity);
        }
    }

    // 中国 first (the hub), then every province, then cities and districts under them.
    private static void AddPlaces(SyntheticGraph graph, int count, Random random)
    {
        graph.Add(Entity.Create(EntityKind.Place, "中国", ["中华人民共和国"], "country"));
        graph.PlaceParents.Add(-1);
        foreach (var province in Vocabulary.Provinces)
        {
            graph.Add(Entity.Create(EntityKind.Place, province, [province[..2]], "province"));
            graph.PlaceParents.Add(0);
        }

        var cities = Math.Max(1, (count - graph.PlaceParents.Count) / 6);
        for (var i = 0; graph.PlaceParents.Count < count; i++)
        {
            var isCity = i < cities;
            var code = NameMaker.Code(i, Vocabulary.PlaceChars, 2);
            var name = code + (isCity ? "市" : NameMaker.Pick(random, ["区", "县"]));
            graph.Add(Entity.Create(EntityKind.Place, name, [code], isCity ? "city" : "district"));
            graph.PlaceParents.Add(
                isCity ? 1 + random.Next(Vocabulary.Provinces.Length) : 1 + Vocabulary.Provinces.Length + random.Next(cities));
        }
    }

    private static void AddArticles(SyntheticGraph graph, int count, int seed, Random random)
    {
        for (var i = 0; i < count; i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"synthetic-{seed}#{i}");
            var article = Entity.Create(EntityKind.Article, key) with
            {
                Name = NameMaker.Pick(random, Vocabulary.Provinces)[..2] + NameMaker.Pick(random, Vocabulary.Industries) +
                       NameMaker.Pick(random, ["加快发展", "再创新高", "同比增长", "稳中向好", "提质增效"]),
                StartDate = Day(random),
            };
            graph.Add(article);
        }
    }

    private static string Company(int i, Random random) =>
        NameMaker.Pick(random, Vocabulary.Provinces)[..2] + NameMaker.Code(i, Vocabulary.Brand, 3) +
        NameMaker.Pick(random, Vocabulary.Industries)[..2] + NameMaker.Pick(random, Vocabulary.CompanySuffixes);

    private static string Organization(int i, Random random) =>
        NameMaker.Pick(random, Vocabulary.Provinces)[..2] + NameMaker.Code(i, Vocabulary.Brand, 2) +
        NameMaker.Pick(random, Vocabulary.OrganizationSuffixes);

    private static string Industry(int i) =>
        i < Vocabulary.Industries.Length
            ? Vocabulary.Industries[i]
            : Vocabulary.IndustryQualifiers[i % Vocabulary.IndustryQualifiers.Length] + NameMaker.Code(i, Vocabulary.Brand, 1) +
              Vocabulary.Industries[i % Vocabulary.Industries.Length];

    private static string Indicator(int i) =>
        i < Vocabulary.Indicators.Length
            ? Vocabulary.Indicators[i]
            : NameMaker.Code(i, Vocabulary.Brand, 1) + Vocabulary.Indicators[i % Vocabulary.Indicators.Length];

    private static string Policy(int i, Random random) =>
        "关于" + NameMaker.Pick(random, Vocabulary.Industries) + NameMaker.Code(i, Vocabulary.Brand, 2) + "发展的" +
        NameMaker.Pick(random, Vocabulary.PolicyForms);

    private static string Event(int i, Random random) =>
        NameMaker.Pick(random, Vocabulary.Provinces)[..2] + NameMaker.Code(i, Vocabulary.Brand, 2) +
        NameMaker.Pick(random, Vocabulary.Industries) + NameMaker.Pick(random, Vocabulary.EventSuffixes);

    private static DateOnly Day(Random random) => FirstDay.AddDays(random.Next(DaySpan));
}
