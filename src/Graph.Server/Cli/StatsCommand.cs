namespace Graph.Server.Cli;

/// <summary><c>stats [--db PATH]</c>: counts by kind and relation type.</summary>
internal static class StatsCommand
{
    public static async Task<int> RunAsync(ToolContext context)
    {
        var store = await context.OpenStoreAsync(CancellationToken.None).ConfigureAwait(false);
        var statistics = await store.GetStatisticsAsync().ConfigureAwait(false);
        Console.WriteLine($"store        {context.StoreDescription}");
        Console.WriteLine($"documents    {statistics.Documents}");
        Console.WriteLine($"entities     {statistics.Entities}");
        foreach (var (kind, count) in statistics.EntitiesByKind.Where(p => p.Value > 0).OrderBy(p => p.Key))
        {
            Console.WriteLine($"  {kind,-14}{count}");
        }

        Console.WriteLine($"relations    {statistics.Relations}");
        foreach (var (type, count) in statistics.RelationsByType.Where(p => p.Value > 0).OrderBy(p => p.Key))
        {
            Console.WriteLine($"  {Domain.Model.RelationTypes.ToName(type),-16}{count}");
        }

        Console.WriteLine($"observations {statistics.Observations}");
        Console.WriteLine($"mentions     {statistics.Mentions}");
        return 0;
    }
}
