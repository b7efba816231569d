using System.Globalization;
using Graph.Analytics;
using Graph.Analytics.Impact;
using Graph.Analytics.Paths;
using Graph.Analytics.Timelines;
using Graph.Bench.Measure;
using Graph.Domain.Store;
using Graph.Storage.Sqlite;

namespace Graph.Bench.Commands;

/// <summary>
/// In-process latency of the hot operations on one store file: every input is drawn (seeded) before timing starts, each
/// operation is warmed up, then timed one call at a time. Prints one Markdown table.
/// </summary>
internal static class BarsCommand
{
    private const int WarmUp = 30;

    public static async Task RunAsync(BenchArguments arguments)
    {
        var path = arguments.String("db", "bench/data/graph-1000000.db");
        var samples = arguments.Int("samples", 500);
        var seed = arguments.Int("seed", 7);
        var only = arguments.Optional("only");
        var skip = arguments.Optional("skip");
        using var sampler = new Sampler(path, seed);
        var ids = Enumerable.Range(0, samples + WarmUp).Select(_ => sampler.Entity()).ToList();
        var centers = Enumerable.Range(0, samples + WarmUp).Select(_ => sampler.Entity()).ToList();
        var pairs = Enumerable.Range(0, samples + WarmUp).Select(_ => sampler.ConnectedPair(4)).ToList();
        var texts = Enumerable.Range(0, samples + WarmUp).Select(_ => sampler.SearchText()).ToList();
        var policies = Enumerable.Range(0, samples + WarmUp).Select(_ => sampler.Entity("Policy")).ToList();
        var hops = pairs.GroupBy(p => p.Hops).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        Console.WriteLine($"inputs drawn; hops of the path pairs: {string.Join(' ', hops)}");

        var store = SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { DatabasePath = path });
        await using var _ = store as IAsyncDisposable;
        await store.InitializeAsync().ConfigureAwait(false);
        var analytics = new GraphAnalytics(store, new AnalyticsOptions());
        var results = new List<Latencies>();

        async Task Measure<T>(string name, IReadOnlyList<T> inputs, Func<T, Task> operation)
        {
            if ((only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase)) ||
                (skip is not null && name.Contains(skip, StringComparison.OrdinalIgnoreCase)))
            {
                return;
            }

            var warmUp = new Latencies(name);
            foreach (var input in inputs.Take(WarmUp))
            {
                await warmUp.TimeAsync(async () => { await operation(input).ConfigureAwait(false); return 0; }).ConfigureAwait(false);
            }

            var latencies = new Latencies(name);
            foreach (var input in inputs.Skip(WarmUp))
            {
                await latencies.TimeAsync(async () => { await operation(input).ConfigureAwait(false); return 0; }).ConfigureAwait(false);
            }

            results.Add(latencies);
            Console.WriteLine(latencies.Row());
        }

        Console.WriteLine(Latencies.Header);
        await Measure("entity by ID (store)", ids, id => store.GetEntitiesAsync([id])).ConfigureAwait(false);
        await Measure("2-hop neighborhood, limit 200", centers, c => analytics.NeighborhoodAsync(new NeighborhoodQuery(c, 2, 200)))
            .ConfigureAwait(false);
        await Measure(
                "exact shortest path ≤4 hops (shortestPath)", pairs, p => analytics.ShortestPathAsync(new PathQuery(p.From, p.To, 4)))
            .ConfigureAwait(false);
        await Measure("shortest path ≤4 hops (paths, first 1)", pairs, p => analytics.PathsAsync(new PathsQuery(p.From, p.To, 4, 1)))
            .ConfigureAwait(false);
        await Measure("paths ≤4 hops, first 5", pairs, p => analytics.PathsAsync(new PathsQuery(p.From, p.To, 4, 5))).ConfigureAwait(false);
        await Measure("search, first 10", texts, t => store.SearchAsync(new SearchQuery(t, 10))).ConfigureAwait(false);
        await Measure("policyImpact depth 3, first 20", policies, p => analytics.PolicyImpactAsync(new PolicyImpactQuery(p, 3, 20)))
            .ConfigureAwait(false);
        await Measure("connection", pairs, p => analytics.ConnectionAsync(p.From, p.To, 20)).ConfigureAwait(false);
        await Measure("timeline, first 20", centers, c => analytics.TimelineAsync(new TimelineQuery(c, null, null, 20)))
            .ConfigureAwait(false);
        await Measure("facets around, depth 1", centers, c => analytics.NeighborhoodFacetsAsync(c, 1)).ConfigureAwait(false);
        await Measure(
                "relations of an entity, first 20",
                ids,
                id => store.GetRelationsAsync(new RelationQuery([id], Domain.Model.RelationDirection.Both, 20)))
            .ConfigureAwait(false);

        // Issue 11's rows: a two-condition filter (companies in a city, name starting with a drawn character, first 20)
        // and the exact count of the same filtered list.
        var places = Enumerable.Range(0, samples + WarmUp).Select(_ => sampler.Entity("Place")).ToList();
        var filters = places.Select((place, i) => new EntityListQuery(
                Domain.Model.EntityKind.Company,
                20,
                Where: new Domain.Store.Filtering.AllOf(
                [
                    new Domain.Store.Filtering.RelationCondition(
                        true, [Domain.Model.RelationType.LocatedIn], Domain.Model.RelationDirection.Outgoing,
                        Domain.Store.Filtering.TextCondition.Of(Domain.Store.Filtering.TextField.Id, Domain.Store.Filtering.TextOperator.Equals, place.Value)),
                    Domain.Store.Filtering.TextCondition.Of(
                        Domain.Store.Filtering.TextField.Name, Domain.Store.Filtering.TextOperator.StartsWith, texts[i][..1]),
                ])))
            .ToList();
        await Measure("two-condition filter, first 20 (store)", filters, q => store.ListEntitiesAsync(q)).ConfigureAwait(false);
        await Measure("totalCount of the two-condition filter (store)", filters, q => store.CountEntitiesAsync(q)).ConfigureAwait(false);
        await Measure("totalCount of a kind (store)", filters, q => store.CountEntitiesAsync(q with { Where = null })).ConfigureAwait(false);

        if (arguments.Optional("out") is { } output)
        {
            var when = DateTime.UtcNow.ToString("u", CultureInfo.InvariantCulture);
            var lines = new List<string> { $"# {path} ({samples} samples, seed {seed}, {when})", Latencies.Header };
            lines.AddRange(results.Select(r => r.Row()));
            await File.AppendAllLinesAsync(output, lines).ConfigureAwait(false);
        }
    }

}
