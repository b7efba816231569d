using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Http.Streaming;

/// <summary>GraphQL over Server-Sent Events, distinct connections mode (enisdenjo/graphql-sse, PROTOCOL.md), on a real socket.</summary>
[Collection(StreamingServers.Collection)]
public sealed class ServerSentEventsTests(StreamingServers servers)
{
    [Fact]
    public async Task A_query_is_one_next_event_and_a_complete_event()
    {
        var body = await StreamAsync("{ statistics { entitiesByKind { kind } } }");
        Assert.StartsWith("event: next\ndata: {\"data\":{\"statistics\"", body, StringComparison.Ordinal);
        Assert.EndsWith("event: complete\ndata: \n\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_before_execution_go_through_the_accepted_stream()
    {
        var body = await StreamAsync("subscription { documentIngested { noSuchField } }");
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", body, StringComparison.Ordinal);
        Assert.EndsWith("event: complete\ndata: \n\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_over_the_limits_is_refused_through_the_stream()
    {
        var body = await StreamAsync("subscription { " + string.Concat(Enumerable.Range(0, 60).Select(i => $"a{i}: documentIngested {{ alreadyIngested }} ")) + "}");
        Assert.Contains("LIMIT_EXCEEDED", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_request_keeps_its_HTTP_status()
    {
        using var client = servers.Live.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{", Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<string> StreamAsync(string query)
    {
        using var client = servers.Live.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
