using Graph.Analytics.Timelines;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests.Analytics;

public abstract partial class AnalyticsContract
{
    [Fact]
    public async Task A_timeline_lists_events_and_articles_by_date()
    {
        var timeline = await Analytics.TimelineAsync(new TimelineQuery(SampleGraph.Dalian.Id, null, null, 10));

        Assert.NotNull(timeline);
        Assert.Equal([TimelineEntryKind.Article, TimelineEntryKind.Event, TimelineEntryKind.Event], timeline.Entries.Select(e => e.Kind));
        Assert.Equal(
            [SampleGraph.Article.Id, SampleGraph.SummerDavos.Id, SampleGraph.DigitalExpo.Id], timeline.Entries.Select(e => e.Item.Id));
        Assert.Equal(SampleGraph.ExpoInDalian.Id, timeline.Entries[2].Via.Id);
        Assert.False(timeline.HasMore);
    }

    [Fact]
    public async Task A_timeline_keeps_to_its_dates_and_to_first()
    {
        var summer = await Analytics.TimelineAsync(
            new TimelineQuery(SampleGraph.Dalian.Id, new DateOnly(2025, 6, 25), new DateOnly(2025, 12, 31), 10));
        var first = await Analytics.TimelineAsync(new TimelineQuery(SampleGraph.Dalian.Id, null, null, 1));

        Assert.Equal([SampleGraph.SummerDavos.Id, SampleGraph.DigitalExpo.Id], summer!.Entries.Select(e => e.Item.Id));
        Assert.Single(first!.Entries);
        Assert.True(first.HasMore);
        Assert.Null(await Analytics.TimelineAsync(new TimelineQuery(new("place_0000000000000000"), null, null, 10)));
    }
}
