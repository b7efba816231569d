using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hosting;

/// <summary><c>Graph:Sqlite:*</c>: the embedded store's memory settings reach the store, and a bad one stops the start.</summary>
public sealed class SqliteTuningSettingTests
{
    [Fact]
    public async Task The_service_serves_with_its_page_cache_and_mapping_set()
    {
        await using var factory = new GraphServerFactory
        {
            Settings =
            {
                ["Graph:Sqlite:CacheSizeMegabytes"] = "1",
                ["Graph:Sqlite:WriterCacheSizeMegabytes"] = "4",
                ["Graph:Sqlite:MmapSizeMegabytes"] = "16",
            },
        };
        using var client = factory.CreateClient();

        var data = await client.QueryAsync("{ search(text: \"大连\", first: 1) { nodes { name } } }");

        Assert.NotNull(data["search"]);
    }

    [Theory]
    [InlineData("Graph:Sqlite:CacheSizeMegabytes")]
    [InlineData("Graph:Sqlite:WriterCacheSizeMegabytes")]
    [InlineData("Graph:Sqlite:MmapSizeMegabytes")]
    [InlineData("Graph:Sqlite:MaxIdleReadConnections")]
    public async Task A_negative_size_stops_the_start_with_a_message(string key)
    {
        await using var factory = new GraphServerFactory { Settings = { [key] = "-1" } };

        var error = Assert.ThrowsAny<ArgumentException>(() => factory.CreateClient());

        Assert.Contains("must not be negative", error.Message, StringComparison.Ordinal);
    }
}
