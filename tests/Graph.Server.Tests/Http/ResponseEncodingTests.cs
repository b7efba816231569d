using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Http;

/// <summary>Responses are UTF-8 with Chinese as itself, still safe where JSON meets HTML; CORS lets scripts read the request ID.</summary>
public sealed class ResponseEncodingTests(GraphServerFactory factory, ITestOutputHelper output) : IClassFixture<GraphServerFactory>
{
    [Fact]
    public async Task Chinese_text_is_sent_as_itself_not_as_escapes()
    {
        var body = await PostAsync(TourQueries.DalianOutsourcing);

        Assert.Contains("大连市", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u5927", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Characters_that_matter_to_HTML_are_still_escaped()
    {
        // The parser's message quotes the unexpected character; it must not reach a page as markup.
        var body = await PostAsync("{ <script>alert(1)</script> }");

        Assert.DoesNotContain("<", body, StringComparison.Ordinal);
        Assert.Contains("\\u003C", body, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The byte saving on the README tour (reported in the output): the same JSON, with and without escaping.</summary>
    [Fact]
    public async Task The_tour_answers_are_smaller_than_with_every_Chinese_character_escaped()
    {
        var client = factory.CreateClient();
        var ids = await client.QueryAsync(TourQueries.FindWangAndDalian);
        var variables = new { from = ids["people"]!["nodes"]![0]!["id"]!.GetValue<string>(), to = ids["places"]!["nodes"]![0]!["id"]!.GetValue<string>() };
        (string Name, string Query, object? Variables)[] tour =
        [
            ("summit", TourQueries.SummitParticipants, null),
            ("find IDs", TourQueries.FindWangAndDalian, null),
            ("shortest path", TourQueries.Connection, variables),
            ("outsourcing figures", TourQueries.DalianOutsourcing, null),
            ("links", TourQueries.Links, variables),
        ];

        long sent = 0, escaped = 0;
        foreach (var (name, query, values) in tour)
        {
            var body = await PostAsync(query, values);
            var asEscaped = JsonNode.Parse(body)!.ToJsonString(new JsonSerializerOptions());
            var (utf8, ascii) = (Encoding.UTF8.GetByteCount(body), Encoding.UTF8.GetByteCount(asEscaped));
            output.WriteLine($"{name}: {utf8} bytes, {ascii} escaped ({100.0 * (ascii - utf8) / ascii:F0}% saved)");
            sent += utf8;
            escaped += ascii;
        }

        output.WriteLine($"tour: {sent} bytes, {escaped} escaped ({100.0 * (escaped - sent) / escaped:F0}% saved)");
        Assert.True(sent < escaped * 0.8, $"{sent} bytes against {escaped} escaped");
    }

    [Fact]
    public async Task CORS_lets_a_browser_script_read_the_request_ID()
    {
        await using var open = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:Cors:Origins:0"] = "https://app.example" } };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Add("Origin", "https://app.example");
        request.Headers.Add("Accept", "application/json");

        using var response = await open.CreateClient().SendAsync(request);

        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers"));
        Assert.Contains("X-Request-Id", exposed, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ETag", exposed, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> PostAsync(string query, object? variables = null)
    {
        using var response = await factory.CreateClient().PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadAsStringAsync();
    }
}
