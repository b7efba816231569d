using System.Text.Json.Nodes;
using Graph.GraphQL.Security;
using Graph.Server.Security;
using Graph.Server.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Hardening;

/// <summary>
/// Runs <see cref="HostileCatalogue"/> against the service in its own process on Kestrel (<see cref="HostileServers"/>):
/// each request gets exactly its status and code, costs the service no more CPU than its bound, leaves no warning,
/// error or stack trace in the log, leaves the service up and the store as it was.
/// </summary>
[Collection(CpuMeasuredCollection.Name)]
public sealed class HostileInputTests(HostileServers servers, ITestOutputHelper output) : IClassFixture<HostileServers>
{
    private static readonly string[] LeakedInternals = ["Exception", "SELECT", "System.", "Path: $", "BytePositionInLine", " at Graph.", "MATCH ("];

    [Fact]
    public void The_catalogue_holds_at_least_180_cases() => Assert.True(HostileCatalogue.Cases.Count >= 180, $"{HostileCatalogue.Cases.Count} cases");

    [Theory]
    [MemberData(nameof(HostileCatalogue.Cases), MemberType = typeof(HostileCatalogue))]
    public async Task A_hostile_request_gets_its_exact_answer_within_its_CPU_bound_and_changes_nothing(HostileCase hostile)
    {
        var server = servers[hostile.Server];
        var before = await server.ChecksumAsync();
        if (hostile.WarmUp)
        {
            await SendAsync(server, hostile);
        }

        var logStart = server.LogLength;
        var cpuBefore = server.CpuTime;
        var (status, body) = await SendAsync(server, hostile);
        var cpu = server.CpuTime - cpuBefore;
        output.WriteLine($"{hostile.Name}: HTTP {status}, {cpu.TotalMilliseconds:F0} ms CPU, {Trim(body)}");

        Assert.True(status == hostile.ExpectedStatus, $"{hostile.Name}: HTTP {status}: {Trim(body)}");
        Assert.True(cpu <= hostile.CpuBound, $"{hostile.Name}: {cpu.TotalMilliseconds:F0} ms of CPU, more than {hostile.CpuBound.TotalMilliseconds:F0} ms");
        AssertBody(hostile, body);

        using var reader = server.CreateClient(GraphRole.Reader);
        var alive = await reader.QueryAsync("{ __typename }");
        Assert.Equal("Query", alive["__typename"]!.GetValue<string>());
        Assert.Equal(before, await server.ChecksumAsync());
        await AssertQuietLogAsync(server, logStart, hostile.Name);
    }

    private static void AssertBody(HostileCase hostile, string body)
    {
        var json = body.TrimStart().StartsWith('{') ? JsonNode.Parse(body) : null;
        if (hostile.ExpectedCode is null)
        {
            Assert.True(json?["errors"] is null, $"{hostile.Name}: unexpected errors {Trim(body)}");
        }
        else
        {
            Assert.True(json is not null, $"{hostile.Name}: not JSON: {Trim(body)}");
            Assert.Equal(hostile.ExpectedCode, json.ErrorCode());
            foreach (var error in json["errors"]!.AsArray())
            {
                var message = error!["message"]!.GetValue<string>();
                Assert.All(LeakedInternals, leak => Assert.DoesNotContain(leak, message, StringComparison.Ordinal));
            }
        }

        if (hostile.BodyMustContain is { } expected)
        {
            Assert.Contains(expected, body, StringComparison.Ordinal);
        }

        if (hostile.BodyMustNotContain is { } forbidden)
        {
            Assert.DoesNotContain(forbidden, body, StringComparison.Ordinal);
        }
    }

    /// <summary>A client's mistake is logged at Debug at most: no warning, no error, no stack trace.</summary>
    private static async Task AssertQuietLogAsync(ServerProcess server, int logStart, string name)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(100)); // the console logger writes from a queue
        var lines = server.LogSince(logStart);
        var loud = lines.Where(line => line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal)
                                       || line.StartsWith("crit:", StringComparison.Ordinal) || line.TrimStart().StartsWith("at ", StringComparison.Ordinal)
                                       || line.StartsWith("info: Graph", StringComparison.Ordinal) || line.StartsWith("info: Microsoft.AspNetCore.Authentication", StringComparison.Ordinal))
            .ToList();
        Assert.True(loud.Count == 0, $"{name} left this in the log:\n{string.Join('\n', lines)}");
    }

    private static async Task<(int Status, string Body)> SendAsync(ServerProcess server, HostileCase hostile)
    {
        if (hostile.Raw is { } raw)
        {
            return await RawHttp.SendAsync(server.BaseAddress, raw);
        }

        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(hostile.Method, hostile.Url);
        if (hostile.Body is not null)
        {
            request.Content = new ByteArrayContent(hostile.Body);
            if (hostile.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
            }
        }

        request.Headers.TryAddWithoutValidation("Accept", hostile.Accept);
        if (hostile.ApiKey is not null)
        {
            request.Headers.Add("X-Api-Key", hostile.ApiKey);
        }

        if (hostile.Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", hostile.Authorization);
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Trim(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
