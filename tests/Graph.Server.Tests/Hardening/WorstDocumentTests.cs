using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Hardening;

/// <summary>
/// The worst document for each super-linear step (<see cref="WorstDocuments"/>) is answered, with the expected code,
/// within 100 ms of the service process's CPU time, on the sample graph and the default limits.
/// </summary>
[Collection(CpuMeasuredCollection.Name)]
public sealed class WorstDocumentTests(ServerProcess server, ITestOutputHelper output) : IClassFixture<ServerProcess>
{
    private static readonly TimeSpan CpuBound = TimeSpan.FromMilliseconds(100);

    public static TheoryData<string> Names => [.. WorstDocuments.All().Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_worst_document_for_a_step_is_answered_within_100_ms_of_CPU(string name)
    {
        var (_, attacks, query, operationName, code) = WorstDocuments.All().Single(d => d.Name == name);
        using var client = server.CreateClient();
        Assert.True(query.Length <= 64 * 1024, $"{name}: {query.Length} characters, past the document limit");

        // A comment makes each text new to the document caches, so every run analyses and validates.
        var ((status, body), cpu, runs) = await CpuMeter.LeastOfAsync(() => server.CpuTime, i => SendAsync(client, $"# run {i}\n" + query, operationName));

        output.WriteLine($"{name} ({attacks}): HTTP {status}, {cpu.TotalMilliseconds:F1} ms CPU (runs: {string.Join(", ", runs.Select(r => r.TotalMilliseconds.ToString("F1")))}), " +
            body[..Math.Min(body.Length, 200)]);
        var json = JsonNode.Parse(body)!;
        Assert.Equal(code ?? "(none)", json.ErrorCode());
        Assert.True(cpu < CpuBound, $"{name} ({attacks}) took {cpu.TotalMilliseconds:F1} ms of CPU");
    }

    private static async Task<(int Status, string Body)> SendAsync(HttpClient client, string query, string? operationName)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, operationName }, options: new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        };
        request.Headers.Accept.ParseAdd(GraphQLClient.ResponseMediaType);
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
