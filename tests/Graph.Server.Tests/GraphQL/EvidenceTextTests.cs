using System.Text.Json.Nodes;
using Graph.GraphQL.Security;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

/// <summary>Evidence as text: snippets, titles and dates on every mention, and Document.text for readers.</summary>
public sealed class EvidenceTextTests
{
    private const string Ingest = """
        mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { id } } }
        """;

    private const string Evidence = """
        query($context: Int!) {
          observations(first: 5) {
            nodes {
              value
              evidence {
                start length
                snippet(context: $context) { before match after marked start end truncatedBefore truncatedAfter }
                articleTitle documentTitle publishedAt
                document { title text }
              }
            }
          }
        }
        """;

    // Written for this test in the newsletters' style; not taken from any real document. 𠀀 (two UTF-16 code units) sits
    // before the figure so the offsets cross a surrogate pair.
    private const string Text = """
        ● 2025 年 1-2 月鞍山市𠀀软件产业运行情况

        今年 1-2 月，鞍山市软件业务收入 21.6 亿元，同比增长 8.4%。

        （来源：鞍山日报）
        """;

    [Fact]
    public async Task Every_mention_of_an_ingested_document_reads_as_a_marked_snippet_with_its_titles_and_date()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var writer = factory.CreateClient(GraphRole.Writer);
        await writer.QueryAsync(Ingest, new { input = new { title = "鞍山软件月报", text = Text, publishedAt = "2025-03-10" } });

        var mentions = Mentions(await writer.QueryAsync(Evidence.Replace("title text", "title"), new { context = 6 }));

        Assert.NotEmpty(mentions);
        foreach (var mention in mentions)
        {
            var (start, length) = (mention["start"]!.GetValue<int>(), mention["length"]!.GetValue<int>());
            var snippet = mention["snippet"]!;
            Assert.Equal(Text.Substring(start, length), snippet["match"]!.GetValue<string>());
            Assert.Equal(Text[snippet["start"]!.GetValue<int>()..start], snippet["before"]!.GetValue<string>());
            Assert.True(snippet["before"]!.GetValue<string>().Length <= 6);
            Assert.Contains($"⟦{snippet["match"]!.GetValue<string>()}⟧", snippet["marked"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal("鞍山软件月报", mention["documentTitle"]!.GetValue<string>());
            Assert.Equal("2025-03-10", mention["publishedAt"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(mention["articleTitle"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task The_sample_graph_has_no_text_so_its_snippets_are_null_and_everything_else_answers()
    {
        await using var factory = new GraphServerFactory();
        using var reader = factory.CreateClient(GraphRole.Reader);

        var mentions = Mentions(await reader.QueryAsync(Evidence, new { context = 40 }));

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Null(m["snippet"]));
        Assert.All(mentions, m => Assert.Null(m["document"]!["text"]));
        Assert.All(mentions, m => Assert.False(string.IsNullOrEmpty(m["articleTitle"]!.GetValue<string>())));
        Assert.All(mentions, m => Assert.NotNull(m["publishedAt"]));
    }

    [Fact]
    public async Task With_KeepText_off_a_document_is_stored_without_its_text_and_has_no_snippets()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:Store:KeepText"] = "false" } };
        using var writer = factory.CreateClient(GraphRole.Writer);
        await writer.QueryAsync(Ingest, new { input = new { title = "鞍山软件月报", text = Text } });

        var mentions = Mentions(await writer.QueryAsync(Evidence, new { context = 40 }));

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Null(m["snippet"]));
        Assert.All(mentions, m => Assert.Null(m["document"]!["text"]));
        Assert.All(mentions, m => Assert.Equal("鞍山软件月报", m["documentTitle"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Document_text_needs_the_reader_role_and_gives_the_text_exactly()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var writer = factory.CreateClient(GraphRole.Writer);
        using var reader = factory.CreateClient(GraphRole.Reader);
        using var anonymous = factory.CreateClient();
        var id = (await writer.QueryAsync(Ingest, new { input = new { title = "鞍山软件月报", text = Text } }))["ingestDocument"]!["document"]!["id"]!
            .GetValue<string>();
        const string Query = """query($id: ID!) { node(id: $id) { ... on Document { title text } } }""";

        var read = await reader.QueryAsync(Query, new { id });
        var refused = await anonymous.QueryWithErrorsAsync(Query, new { id });

        Assert.Equal(Text, read["node"]!["text"]!.GetValue<string>());
        Assert.Equal("UNAUTHENTICATED", refused.ErrorCode());
        Assert.Equal("鞍山软件月报", refused["data"]!["node"]!["title"]!.GetValue<string>());
        Assert.Null(refused["data"]!["node"]!["text"]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(401)]
    public async Task A_snippet_context_outside_its_bounds_is_bad_user_input(int context)
    {
        await using var factory = new GraphServerFactory();
        using var client = factory.CreateClient();

        var response = await client.QueryWithErrorsAsync(Evidence.Replace("title text", "title"), new { context });

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
        Assert.Contains("'context' must be between 0 and 400", response["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_more_text_than_a_request_may_is_refused_before_the_text_is_loaded()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:Limits:MaxDocumentTextChars"] = "20" } };
        using var writer = factory.CreateClient(GraphRole.Writer);
        await writer.QueryAsync(Ingest, new { input = new { title = "鞍山软件月报", text = Text } });
        factory.Store.Reset();

        var response = await writer.QueryWithErrorsAsync(Evidence.Replace("title text", "title"), new { context = 40 });

        Assert.Equal("LIMIT_EXCEEDED", response.ErrorCode());
        Assert.Contains("Graph:Limits:MaxDocumentTextChars", response["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(factory.Store.Calls.ContainsKey(nameof(Graph.Domain.Store.IGraphStore.GetDocumentTextsAsync)));
    }

    private static List<JsonNode> Mentions(JsonNode data) =>
        data["observations"]!["nodes"]!.AsArray().SelectMany(o => o!["evidence"]!.AsArray()).Select(m => m!).ToList();
}
