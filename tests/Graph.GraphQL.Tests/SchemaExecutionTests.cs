using System.Security.Claims;
using System.Text.Json.Nodes;
using Graph.GraphQL.Security;
using Graph.GraphQL.Tests.Support;

namespace Graph.GraphQL.Tests;

/// <summary>The schema executed on its own: resolvers, loaders and ingestion over a real SQLite store, no HTTP in between.</summary>
public sealed class SchemaExecutionTests
{
    // Written for this test in the newsletters' style; not taken from any real document.
    private const string Text = """
        【数据月报】

        ● 2025 年 1-2 月营口市软件产业运行情况

        今年 1-2 月，营口市软件业务收入 21.5 亿元，同比增长 6.2%。营口市工业和信息化局表示，将持续推动软件产业发展。

        （来源：营口日报）
        """;

    private const string Ingest = """
        mutation($input: IngestDocumentInput!) {
          ingestDocument(input: $input) { alreadyIngested document { id length } created { name kind } observationsFound }
        }
        """;

    [Fact]
    public async Task An_empty_store_answers_with_zero_counts()
    {
        await using var host = await SchemaHost.StartAsync();

        var response = await host.ExecuteAsync("{ statistics { entities relations observations } }");

        Assert.Null(response["errors"]);
        Assert.Equal(0, response["data"]!["statistics"]!["entities"]!.GetValue<int>());
        Assert.Equal(0, response["data"]!["statistics"]!["relations"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_document_ingested_by_the_mutation_is_found_by_search_and_read_through_its_node()
    {
        await using var host = await SchemaHost.StartAsync();

        var ingested = await host.ExecuteAsync(Ingest, new { input = new { title = "营口软件月报", text = Text } });
        var again = await host.ExecuteAsync(Ingest, new { input = new { title = "营口软件月报", text = Text } });
        var search = await host.ExecuteAsync("""{ search(text: "营口", kinds: [PLACE]) { nodes { id name } } }""");

        Assert.Null(ingested["errors"]);
        var payload = ingested["data"]!["ingestDocument"]!;
        Assert.False(payload["alreadyIngested"]!.GetValue<bool>());
        Assert.Contains(payload["created"]!.AsArray(), e => e!["name"]!.GetValue<string>() == "营口市");
        Assert.True(payload["observationsFound"]!.GetValue<int>() >= 1);
        Assert.True(again["data"]!["ingestDocument"]!["alreadyIngested"]!.GetValue<bool>());
        var place = Assert.Single(search["data"]!["search"]!["nodes"]!.AsArray(), n => n!["name"]!.GetValue<string>() == "营口市")!;

        var node = await host.ExecuteAsync(
            "query($id: ID!) { node(id: $id) { ... on Place { name } } statistics { observations } }",
            new { id = place["id"]!.GetValue<string>() });

        Assert.Null(node["errors"]);
        Assert.Equal("营口市", node["data"]!["node"]!["name"]!.GetValue<string>());
        Assert.True(node["data"]!["statistics"]!["observations"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task Document_text_needs_a_caller_with_a_role_and_is_given_to_a_reader()
    {
        await using var host = await SchemaHost.StartAsync();
        var ingested = await host.ExecuteAsync(Ingest, new { input = new { title = "营口软件月报", text = Text } });
        var id = ingested["data"]!["ingestDocument"]!["document"]!["id"]!.GetValue<string>();
        const string Query = "query($id: ID!) { node(id: $id) { ... on Document { length text } } }";
        var reader = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "reader"), new Claim(GraphClaims.RoleClaim, nameof(GraphRole.Reader))], "test", ClaimTypes.Name, GraphClaims.RoleClaim));

        var anonymous = await host.ExecuteAsync(Query, new { id });
        var read = await host.ExecuteAsync(Query, new { id }, reader);

        Assert.Equal("UNAUTHENTICATED", ErrorCode(anonymous));
        Assert.Equal(Text.Length, anonymous["data"]!["node"]!["length"]!.GetValue<int>());
        Assert.Null(read["errors"]);
        Assert.Equal(Text, read["data"]!["node"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_larger_than_the_limit_is_a_user_error_naming_the_limit()
    {
        await using var host = await SchemaHost.StartAsync(new Dictionary<string, string?> { ["Graph:Limits:MaxPageSize"] = "10" });

        var response = await host.ExecuteAsync("{ companies(first: 11) { nodes { name } } }");

        Assert.NotNull(response["errors"]);
        Assert.Contains("10", response["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static string? ErrorCode(JsonObject response) => response["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
}
