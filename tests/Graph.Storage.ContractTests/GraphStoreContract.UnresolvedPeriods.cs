using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_figure_whose_period_is_unresolved_keeps_it_as_written_and_no_date_filter_selects_it()
    {
        const string text = "今年1—7月，鞍山市软件业务收入120亿元；项目总投资60亿元。";
        var hash = StableIds.DocumentHash(text);
        var article = Entity.Create(EntityKind.Article, $"{hash}#1") with
        {
            Name = "鞍山软件业",
            Attributes = new Dictionary<string, string> { [EntityAttributes.Document] = hash, [EntityAttributes.Ordinal] = "1" },
        };
        var (januaryToJuly, none) = ((new DateOnly(1, 1, 1), new DateOnly(1, 7, 31)), (new DateOnly(1, 1, 1), new DateOnly(1, 1, 1)));
        Observation Figure(decimal value, (DateOnly Start, DateOnly End) period, string written) => new(
            StableIds.Observation(Software.Id, Anshan.Id, period.Start, period.End, "亿元", article.Id),
            Software.Id, Anshan.Id, value, "亿元", value * 100_000_000m, "CNY", period.Start, period.End, null, article.Id, UnresolvedPeriod: written);
        var months = Figure(120m, januaryToJuly, "今年1—7月");
        var noPeriod = Figure(60m, none, string.Empty);
        var mentions = new[] { Anshan.Id.Value, Software.Id.Value, months.Id.Value, noPeriod.Id.Value }
            .Select(target => new Mention(target, article.Id, hash, new TextSpan(0, text.Length)))
            .ToList();
        var batch = new GraphBatch(
            new DocumentInfo(hash, "undated.txt", "鞍山软件业", null, null, text.Length), [article, Anshan, Software], [], [months, noPeriod], mentions);

        await Store.UpsertAsync(batch);
        var all = await Store.GetObservationsAsync(new ObservationQuery(100, SubjectIds: [Anshan.Id]));
        var dated = await Store.GetObservationsAsync(new ObservationQuery(100, SubjectIds: [Anshan.Id], From: new DateOnly(1900, 1, 1)));

        Assert.Equal(months, all.Items.Single(i => i.Node.Id == months.Id).Node);
        Assert.Equal(noPeriod, all.Items.Single(i => i.Node.Id == noPeriod.Id).Node);
        Assert.True(all.Items.Single(i => i.Node.Id == noPeriod.Id).Node.IsPeriodUnresolved);
        Assert.Empty(dated.Items);
    }
}
