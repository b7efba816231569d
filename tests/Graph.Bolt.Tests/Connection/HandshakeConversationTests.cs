using Graph.Bolt.Protocol;
using Graph.Bolt.Tests.Support.Stub;

namespace Graph.Bolt.Tests.Connection;

/// <summary>Version negotiation against scripted servers of each generation.</summary>
public sealed class HandshakeConversationTests
{
    [Fact]
    public async Task A_pre_5_7_server_picks_a_version_from_the_offered_range_and_gets_HELLO_then_LOGON()
    {
        await using var server = StubServer.Start(new Script()
            .Handshake(BoltVersion.V5_4)
            .Expect("HELLO", f => Assert.True(((IDictionary<string, object?>)f[0]!).ContainsKey("bolt_agent")))
            .Success(new() { ["server"] = "Neo4j/5.13.0" })
            .Expect("LOGON", f => Assert.Equal("neo4j", ((IDictionary<string, object?>)f[0]!)["principal"]))
            .Success()
            .Goodbye());
        await using (var driver = TestDrivers.For(server))
        {
            await driver.VerifyConnectivityAsync();
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_5_7_server_negotiates_through_the_manifest_and_we_pick_the_highest_version_we_speak()
    {
        // 6.1..6.0 (too new for us), 5.8..5.5 and 4.4: we choose 5.8 and send no capabilities.
        await using var server = StubServer.Start(new Script()
            .ManifestHandshake(BoltVersion.V5_8, 0x00010106, 0x00030805, 0x00000404)
            .Expect("HELLO").Success().Expect("LOGON").Success()
            .Goodbye());
        await using (var driver = TestDrivers.For(server))
        {
            await driver.VerifyConnectivityAsync();
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_4_4_server_gets_credentials_and_the_utc_patch_in_HELLO_and_no_LOGON()
    {
        await using var server = StubServer.Start(new Script()
            .Handshake(BoltVersion.V4_4)
            .Expect("HELLO", f =>
            {
                var hello = (IDictionary<string, object?>)f[0]!;
                Assert.Equal("basic", hello["scheme"]);
                Assert.Equal(new List<object?> { "utc" }, hello["patch_bolt"]);
                Assert.False(hello.ContainsKey("bolt_agent"));
            })
            .Success(new() { ["server"] = "Neo4j/4.4.30", ["patch_bolt"] = new List<object?> { "utc" } })
            .ExpectPayload("RUN", payload => Assert.Equal(StructureTag.DateTime, DateTimeTag(payload)))
            .Expect("PULL").Fields("d").Record(At).Done()
            .Goodbye());
        await using (var driver = TestDrivers.For(server))
        {
            var records = await (await driver.RunAsync("RETURN $at AS d", TestDrivers.Map(("at", At)))).ToListAsync();
            Assert.Equal(At, records[0]["d"]);
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_4_4_server_that_does_not_accept_the_utc_patch_gets_the_legacy_DateTime_structure()
    {
        // "The patch must not be applied until the server acknowledges it" (#messages-hello): no patch_bolt in SUCCESS.
        await using var server = StubServer.Start(new Script()
            .Handshake(BoltVersion.V4_4)
            .Expect("HELLO").Success(new() { ["server"] = "Neo4j/4.4.30" })
            .ExpectPayload("RUN", payload => Assert.Equal(StructureTag.LegacyDateTime, DateTimeTag(payload)))
            .Expect("PULL").Fields().Done()
            .Goodbye());
        await using (var driver = TestDrivers.For(server))
        {
            await (await driver.RunAsync("CREATE (:Document {ingestedAt: $at})", TestDrivers.Map(("at", At)))).ConsumeAsync();
        }

        await server.VerifyAsync(expectedConnections: 1);
    }

    [Fact]
    public async Task A_server_that_speaks_none_of_our_versions_is_a_clear_protocol_error()
    {
        await using var server = StubServer.Start(new Script().Then(async s =>
        {
            await s.ReadHandshakeAsync();
            await s.WriteRawAsync([0, 0, 0, 0]);
        }));
        await using var driver = TestDrivers.For(server);

        var error = await Assert.ThrowsAsync<BoltProtocolException>(() => driver.VerifyConnectivityAsync());

        Assert.Contains("none of the offered Bolt versions", error.Message, StringComparison.Ordinal);
        await server.VerifyAsync();
    }

    private static readonly DateTimeOffset At = new(2025, 4, 15, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The tag of the one three-field structure (B3) in a RUN whose only structure is the DateTime parameter.</summary>
    private static byte DateTimeTag(byte[] payload)
    {
        var at = payload.AsSpan(2).IndexOf((byte)0xB3);
        Assert.True(at >= 0, "no three-field structure in the RUN");
        return payload[2 + at + 1];
    }
}
