using System.Text;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Http;

/// <summary>
/// The deadline starts when the request does, not when execution does: a body that arrives fast enough for Kestrel's
/// minimum data rate but not within the deadline is refused at the deadline, as the client's fault.
/// </summary>
public sealed class RequestDeadlineTests
{
    [Fact]
    public async Task A_body_still_arriving_at_the_deadline_is_refused_as_a_bad_request()
    {
        await using var server = new ServerProcess { Settings = { ["Graph:Limits:TimeoutSeconds"] = "2" } };
        await server.InitializeAsync();
        using (var warm = server.CreateClient())
        {
            await warm.WarmUpAsync();
        }

        var body = "{\"query\":\"{ __typename }\"}" + new string(' ', 4_000);
        var head = "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json\r\n" +
                   $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n";

        // 400 bytes every second: above Kestrel's 240 bytes/s, so only the 2 s deadline can end it. The whole body takes
        // 10 s; had it been read to its end, the query would have run and answered 200.
        var parts = new List<(TimeSpan, string)> { (TimeSpan.Zero, head) };
        parts.AddRange(body.Chunk(400).Select(chunk => (TimeSpan.FromSeconds(1), new string(chunk))));
        var (status, answer) = await RawHttp.SendAsync(server.BaseAddress, RawExchange.Of([.. parts]));

        Assert.Equal(400, status);
        Assert.Contains("did not arrive before the request", answer, StringComparison.Ordinal);
    }
}
