using Graph.GraphQL.Tests.Support;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.GraphQL.Tests;

/// <summary>Expensive root fields are marked where they are defined, as field metadata the service's rate limit reads.</summary>
public sealed class ExpensiveFieldTests
{
    [Fact]
    public async Task Traversals_searches_and_the_analysts_queries_are_marked_expensive_and_lookups_are_not()
    {
        await using var host = await SchemaHost.StartAsync();
        var schema = host.Services.GetRequiredService<ISchema>();

        var expensive = ExpensiveField.RootFieldsOf(schema);

        Assert.Equal(
            new[] { "compare", "connection", "facets", "neighborhood", "paths", "policyImpact", "search", "series", "shortestPath", "timeline" },
            expensive.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("node", expensive);
        Assert.DoesNotContain("statistics", expensive);
    }
}
