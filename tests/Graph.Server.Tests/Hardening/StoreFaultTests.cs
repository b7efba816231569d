using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Graph.Domain.Store;
using Graph.Server.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Graph.Server.Tests.Hardening;

/// <summary>A slow or unreachable store gives a clean TIMEOUT or UNAVAILABLE answer, never a hang or a stack trace.</summary>
public sealed class StoreFaultTests
{
    [Fact]
    public async Task A_store_slower_than_the_timeout_gives_TIMEOUT_promptly()
    {
        FaultyGraphStore? faults = null;
        await using var factory = new GraphServerFactory
        {
            Settings = { ["Graph:Limits:TimeoutSeconds"] = "1" },
            Faults = real => faults = new FaultyGraphStore(real),
        };
        using var client = factory.CreateClient();
        await client.QueryAsync("{ __typename }");
        faults!.Delay = TimeSpan.FromSeconds(30);

        var clock = Stopwatch.StartNew();
        var (status, body) = await client.PostGraphQLAsync("""{ search(text: "大连") { nodes { name } } }""");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal("TIMEOUT", JsonNode.Parse(body)!.ErrorCode());
        Assert.Equal(HttpStatusCode.GatewayTimeout, status);
    }

    [Fact]
    public async Task A_store_that_went_down_gives_UNAVAILABLE_and_readiness_fails_while_liveness_holds()
    {
        FaultyGraphStore? faults = null;
        await using var factory = new GraphServerFactory { Faults = real => faults = new FaultyGraphStore(real) };
        using var client = factory.CreateClient();
        await client.QueryAsync("{ __typename }");
        faults!.Failure = new GraphStoreUnavailableException("disk I/O error", new SqliteException("disk I/O error", 10));

        var answer = await client.QueryWithErrorsAsync("""{ search(text: "大连") { nodes { name } } }""");
        using var ready = await client.GetAsync("/readyz");
        using var live = await client.GetAsync("/healthz");

        Assert.Equal("UNAVAILABLE", answer.ErrorCode());
        Assert.DoesNotContain("disk I/O", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        faults.Failure = null;
        using var recovered = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task Only_the_domain_exceptions_are_the_callers_fault_or_the_stores_any_other_is_INTERNAL_with_the_request_ID()
    {
        FaultyGraphStore? faults = null;
        await using var factory = new GraphServerFactory { Faults = real => faults = new FaultyGraphStore(real) };
        using var client = factory.CreateClient();
        await client.QueryAsync("{ __typename }");
        const string query = """{ search(text: "大连") { nodes { name } } }""";

        faults!.Failure = new ArgumentException("an internal bug's message");
        var bug = await client.QueryWithErrorsAsync(query);
        faults.Failure = new InvalidGraphInputException("The cursor is malformed.");
        var input = await client.QueryWithErrorsAsync(query);
        faults.Failure = new GraphStoreTimeoutException("locked past the busy timeout");
        var timeout = await client.QueryWithErrorsAsync(query);

        Assert.Equal("INTERNAL", bug.ErrorCode());
        Assert.False(string.IsNullOrEmpty((string?)bug["errors"]![0]!["extensions"]!["requestId"]));
        Assert.DoesNotContain("internal bug", bug.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", input.ErrorCode());
        Assert.Contains("The cursor is malformed.", input.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("TIMEOUT", timeout.ErrorCode());
        Assert.DoesNotContain("busy timeout", timeout.ToJsonString(), StringComparison.Ordinal);
    }
}
