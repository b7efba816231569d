using Graph.Bolt;
using Graph.Domain.Model;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Tests.Support;

namespace Graph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// The plans a real Neo4j chooses (EXPLAIN, which runs nothing) for the statements whose shape
/// <see cref="CypherPlanShapeTests"/> checks on their text: export streams served by an index in order with no sort of a
/// whole label or type. Skipped without NEO4J_URI.
/// </summary>
[Collection(Neo4jEnvironment.DatabaseCollection)]
public sealed class CypherPlanLiveTests
{
    [SkippableFact]
    public async Task Every_export_stream_is_an_ordered_index_scan_with_no_full_sort()
    {
        await using var driver = await ServerAsync();
        var statements = new List<(string Name, string Text, string Scan)>
        {
            (nameof(CypherCatalog.AllEntities), CypherCatalog.AllEntities, "NodeIndexScan"),
            (nameof(CypherCatalog.AllObservations), CypherCatalog.AllObservations, "NodeIndexScan"),
            (nameof(CypherCatalog.AllMentions), CypherCatalog.AllMentions, "NodeIndexScan"),
            (nameof(CypherCatalog.AllDocuments), CypherCatalog.AllDocuments, "NodeIndexScan"),
        };
        statements.AddRange(RelationTypes.All.Select(t => (t.ToName(), CypherCatalog.AllRelationsOfType(t), "RelationshipIndexScan")));

        foreach (var (name, text, scan) in statements)
        {
            var operators = await OperatorsAsync(driver, text, []);

            Assert.True(operators.Any(o => o.Contains(scan, StringComparison.Ordinal)), $"{name}: {string.Join(", ", operators)}");
            Assert.True(!operators.Contains("Sort"), $"{name} sorts: {string.Join(", ", operators)}");
        }
    }

    /// <summary>A driver on the configured database, whose schema the store has applied (plans see the production indexes).</summary>
    private static async Task<BoltDriver> ServerAsync()
    {
        Skip.IfNot(Neo4jEnvironment.IsConfigured, Neo4jEnvironment.SkipReason);
        var store = await Neo4jEnvironment.CreateEmptyStoreAsync();
        await store.InitializeAsync();
        await ((IAsyncDisposable)store).DisposeAsync();
        var options = Neo4jEnvironment.Options();
        return BoltDriver.Create(options.Uri, BoltAuth.Basic(options.User, options.Password), new BoltDriverOptions { Database = options.Database });
    }

    /// <summary>Every operator of the plan, depth first, without the runtime suffix (<c>Sort@neo4j</c> is <c>Sort</c>).</summary>
    private static async Task<List<string>> OperatorsAsync(BoltDriver driver, string statement, Dictionary<string, object?> parameters)
    {
        await using var result = await driver.RunAsync("EXPLAIN " + statement, parameters, AccessMode.Read);
        var summary = await result.ConsumeAsync();
        var operators = new List<string>();
        Collect(summary.Plan ?? throw new InvalidOperationException("EXPLAIN returned no plan."), operators);
        return operators;
    }

    private static void Collect(IReadOnlyDictionary<string, object?> plan, List<string> operators)
    {
        operators.Add(((string)plan["operatorType"]!).Split('@')[0]);
        foreach (var child in (plan.GetValueOrDefault("children") as IEnumerable<object?> ?? []).OfType<IReadOnlyDictionary<string, object?>>())
        {
            Collect(child, operators);
        }
    }
}
