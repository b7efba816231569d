using Graph.GraphQL.Security;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

public sealed class IngestDocumentMutationTests
{
    private const string Mutation = """
        mutation($input: IngestDocumentInput!) {
          ingestDocument(input: $input) {
            alreadyIngested
            document { hash title length }
            created { name kind }
            updated { name }
            entitiesFound
            observationsFound
          }
        }
        """;

    // Written for this test in the newsletters' style; not taken from any real document.
    private const string Text = """
        【数据月报】

        ● 2025 年 1-2 月沈阳市软件产业运行情况

        今年 1-2 月，沈阳市软件业务收入 215.6 亿元，同比增长 12.4%。沈阳市工业和信息化局局长张明表示，将持续推动软件产业高质量发展。

        （来源：沈阳日报）
        """;

    [Fact]
    public async Task Ingesting_a_document_creates_its_entities_and_reingesting_changes_nothing()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = factory.CreateClient(GraphRole.Writer);
        var input = new { title = "沈阳软件月报", text = Text, source = "沈阳日报", publishedAt = "2025-03-15" };

        var first = (await client.QueryAsync(Mutation, new { input }))["ingestDocument"]!;
        var second = (await client.QueryAsync(Mutation, new { input }))["ingestDocument"]!;

        Assert.False(first["alreadyIngested"]!.GetValue<bool>());
        Assert.Contains(first["created"]!.AsArray(), e => e!["name"]!.GetValue<string>() == "沈阳市");
        Assert.True(first["observationsFound"]!.GetValue<int>() >= 1);
        Assert.Equal(Text.Length, first["document"]!["length"]!.GetValue<int>());
        Assert.True(second["alreadyIngested"]!.GetValue<bool>());
        Assert.Empty(second["created"]!.AsArray());
        Assert.Empty(second["updated"]!.AsArray());

        var search = await client.QueryAsync("""{ search(text: "沈阳", kinds: [PLACE]) { nodes { name } } }""");
        Assert.Contains(search["search"]!["nodes"]!.AsArray(), n => n!["name"]!.GetValue<string>() == "沈阳市");
    }

    [Fact]
    public async Task Ingesting_a_changed_version_replaces_the_facts_only_the_old_version_stated()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = factory.CreateClient(GraphRole.Writer);
        const string First = "【数据月报】\n\n● 辽阳市软件产业运行情况\n\n今年 1-3 月，辽阳市软件业务收入 10.5 亿元，同比增长 3%。\n\n（来源：辽阳日报）\n";
        const string Second = "【数据月报】\n\n● 铁岭市软件产业运行情况\n\n今年 1-3 月，铁岭市软件业务收入 8.1 亿元，同比增长 2%。\n\n（来源：铁岭日报）\n";

        await client.QueryAsync(Mutation.Replace("entitiesFound", "entitiesFound replacedVersions"), new { input = new { title = "月报", text = First } });
        var replaced = await client.QueryAsync(
            Mutation.Replace("entitiesFound", "entitiesFound replacedVersions"), new { input = new { title = "月报", text = Second } });

        Assert.Equal(1, replaced["ingestDocument"]!["replacedVersions"]!.GetValue<int>());
        var old = await client.QueryAsync("""{ search(text: "辽阳") { nodes { name } } statistics { documents } }""");
        var current = await client.QueryAsync("""{ search(text: "铁岭") { nodes { name } } }""");
        Assert.Empty(old["search"]!["nodes"]!.AsArray());
        Assert.Equal(1, old["statistics"]!["documents"]!.GetValue<int>());
        Assert.NotEmpty(current["search"]!["nodes"]!.AsArray());
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    public async Task An_empty_document_is_rejected_and_nothing_is_written(string text)
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = factory.CreateClient(GraphRole.Writer);
        var before = await client.QueryAsync("{ statistics { entities documents } }");

        var response = await client.QueryWithErrorsAsync(Mutation, new { input = new { title = "空", text } });

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
        var after = await client.QueryAsync("{ statistics { entities documents } }");
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    [Fact]
    public async Task A_document_without_a_title_is_rejected()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = factory.CreateClient(GraphRole.Writer);

        var response = await client.QueryWithErrorsAsync(Mutation, new { input = new { title = " ", text = Text } });

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
    }
}
