using Graph.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace Graph.Server.Tests.Hosting;

public sealed class StoreTextSettingTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("False", false)]
    [InlineData(" false ", false)]
    public void KeepText_is_on_unless_set_off(string? value, bool expected)
    {
        Assert.Equal(expected, StoreTextSetting.Read(Configuration(value)));
    }

    [Fact]
    public void A_KeepText_that_is_not_a_boolean_stops_the_start_with_a_message_that_names_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StoreTextSetting.Read(Configuration("sometimes")));

        Assert.Contains("Graph:Store:KeepText must be true or false, not 'sometimes'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_only_KeepText_leaves_the_embedded_store_chosen()
    {
        var options = GraphServiceCollectionExtensions.Resolve(Configuration("false"));
        // The host's settings give a section that has children but no value of its own as an empty string.
        var withEmptyParent = GraphServiceCollectionExtensions.Resolve(new ConfigurationBuilder()
            .AddInMemoryCollection([new("Graph:Store", string.Empty), new(StoreTextSetting.Key, "false")])
            .Build());

        Assert.Equal("Sqlite", options.Store);
        Assert.Equal("Sqlite", withEmptyParent.Store);
    }

    private static IConfiguration Configuration(string? keepText) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(keepText is null ? [] : [new KeyValuePair<string, string?>(StoreTextSetting.Key, keepText)])
            .Build();
}
