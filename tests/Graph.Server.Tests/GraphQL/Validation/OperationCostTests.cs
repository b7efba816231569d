using System.Net;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL.Validation;

/// <summary>The cost estimate: lists multiply by their page size, a connection's lists by the connection's, fragments cost what they hold.</summary>
public sealed class OperationCostTests(GraphServerFactory factory) : IClassFixture<GraphServerFactory>
{
    private const string Nested = "companies(first: 100) { nodes { mentionedIn(first: 100) { entities(first: $n) { name } } } }";

    [Fact]
    public async Task Page_sizes_multiply_and_a_connection_passes_its_own_to_its_lists()
    {
        using var client = factory.CreateClient();

        // 1 + 1 + 100 × (1 + 100 × (1 + n × 1)): n = 20 costs 210,102, n = 30 costs 310,102 (limit 250,000).
        var cheap = await client.PostGraphQLAsync($"query($n: Int!) {{ {Nested} }}", new { n = 20 });
        var dear = await client.PostGraphQLAsync($"query($n: Int!) {{ {Nested} }}", new { n = 30 });

        Assert.Equal(HttpStatusCode.OK, cheap.Status);
        Assert.Equal(HttpStatusCode.BadRequest, dear.Status);
        Assert.Contains("310,102", dear.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fragment_costs_what_it_holds_wherever_it_is_spread()
    {
        using var client = factory.CreateClient();
        const string Fragment = "fragment M on Company { mentionedIn(first: 100) { entities(first: $n) { name } } }";

        // The same operation as above, the inner lists in a fragment: the same costs, each spread counting 1 more.
        var cheap = await client.PostGraphQLAsync($"query($n: Int!) {{ companies(first: 100) {{ nodes {{ ...M }} }} }} {Fragment}", new { n = 20 });
        var dear = await client.PostGraphQLAsync($"query($n: Int!) {{ companies(first: 100) {{ nodes {{ ...M }} }} }} {Fragment}", new { n = 30 });

        Assert.Equal(HttpStatusCode.OK, cheap.Status);
        Assert.Contains("310,202", dear.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_introspection_query_of_the_IDE_is_free()
    {
        var response = await factory.CreateClient().PostGraphQLAsync(IntrospectionQuery.Full);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }
}
