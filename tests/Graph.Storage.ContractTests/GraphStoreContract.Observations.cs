using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    private static string[] InObservationOrder(IEnumerable<Observation> observations) => observations
        .OrderBy(o => o.Subject.Value, StringComparer.Ordinal)
        .ThenBy(o => o.Indicator.Value, StringComparer.Ordinal)
        .ThenBy(o => o.PeriodStart)
        .ThenBy(o => o.Id.Value, StringComparer.Ordinal)
        .Select(o => o.Id.Value)
        .ToArray();

    [Fact]
    public async Task Observations_come_ordered_by_subject_indicator_and_period()
    {
        await SeedAsync();

        var page = await Store.GetObservationsAsync(new ObservationQuery(100));

        Assert.Equal(InObservationOrder(SampleGraph.Observations), page.Items.Select(i => i.Node.Id.Value));
        Assert.False(page.HasNextPage);
        Assert.Equal(SampleGraph.DalianOutsourcing2025Q1, page.Items.Single(i => i.Node.Id == SampleGraph.DalianOutsourcing2025Q1.Id).Node);
    }

    [Fact]
    public async Task Observations_filter_by_indicator_and_subject()
    {
        await SeedAsync();

        var outsourcing = await Store.GetObservationsAsync(new ObservationQuery(100, IndicatorIds: [SampleGraph.OutsourcingValue.Id]));
        var shenyang = await Store.GetObservationsAsync(new ObservationQuery(100, SubjectIds: [SampleGraph.Shenyang.Id]));
        var both = await Store.GetObservationsAsync(
            new ObservationQuery(100, IndicatorIds: [SampleGraph.Gdp.Id], SubjectIds: [SampleGraph.Dalian.Id, SampleGraph.Shenyang.Id]));

        Assert.Equal(
            InObservationOrder(
                [SampleGraph.DalianOutsourcing2024Q1, SampleGraph.DalianOutsourcing2025Q1, SampleGraph.DalianOutsourcing2025H1]),
            outsourcing.Items.Select(i => i.Node.Id.Value));
        Assert.Equal(SampleGraph.ShenyangGdp2024.Id, Assert.Single(shenyang.Items).Node.Id);
        Assert.Equal(InObservationOrder([SampleGraph.DalianGdp2024, SampleGraph.ShenyangGdp2024]), both.Items.Select(i => i.Node.Id.Value));
    }

    [Fact]
    public async Task Observations_filter_by_overlapping_period()
    {
        await SeedAsync();

        var firstQuarter = await Store.GetObservationsAsync(
            new ObservationQuery(100, From: new DateOnly(2025, 1, 1), To: new DateOnly(2025, 3, 31)));
        var fromApril = await Store.GetObservationsAsync(new ObservationQuery(100, From: new DateOnly(2025, 4, 1)));
        var until2024 = await Store.GetObservationsAsync(new ObservationQuery(100, To: new DateOnly(2024, 12, 31)));

        Assert.Equal(
            InObservationOrder([SampleGraph.DalianOutsourcing2025Q1, SampleGraph.DalianOutsourcing2025H1]),
            firstQuarter.Items.Select(i => i.Node.Id.Value));
        Assert.Equal(SampleGraph.DalianOutsourcing2025H1.Id, Assert.Single(fromApril.Items).Node.Id);
        Assert.Equal(
            InObservationOrder([SampleGraph.DalianOutsourcing2024Q1, SampleGraph.DalianGdp2024, SampleGraph.ShenyangGdp2024]),
            until2024.Items.Select(i => i.Node.Id.Value));
    }

    [Fact]
    public async Task Observation_pages_join_up_without_gaps_or_repeats()
    {
        await SeedAsync();
        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await Store.GetObservationsAsync(new ObservationQuery(2, after));
            seen.AddRange(page.Items.Select(i => i.Node.Id.Value));
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.Items[^1].Cursor;
        }

        Assert.Equal(InObservationOrder(SampleGraph.Observations), seen);
    }

    [Fact]
    public async Task A_malformed_observation_cursor_is_refused_with_an_argument_error()
    {
        await SeedAsync();
        var entityCursor = (await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 1))).Items[0].Cursor;

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetObservationsAsync(new ObservationQuery(2, "%%%")));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetObservationsAsync(new ObservationQuery(2, entityCursor)));
    }

    [Fact]
    public async Task A_per_subject_query_bounds_each_subjects_rows_in_one_call()
    {
        await SeedAsync();
        var subjects = new[] { SampleGraph.Dalian.Id, SampleGraph.Shenyang.Id };

        var two = await Store.GetObservationsAsync(new ObservationQuery(2, SubjectIds: subjects, FirstPerSubject: true));
        var all = await Store.GetObservationsAsync(new ObservationQuery(10, SubjectIds: subjects, FirstPerSubject: true));

        var dalian = InObservationOrder(SampleGraph.Observations.Where(o => o.Subject == SampleGraph.Dalian.Id));
        Assert.Equal(dalian.Take(2), two.Items.Where(i => i.Node.Subject == SampleGraph.Dalian.Id).Select(i => i.Node.Id.Value));
        Assert.Equal(SampleGraph.ShenyangGdp2024.Id, Assert.Single(two.Items, i => i.Node.Subject == SampleGraph.Shenyang.Id).Node.Id);
        Assert.True(two.HasNextPage);
        Assert.Equal(dalian.Length + 1, all.Items.Count);
        Assert.False(all.HasNextPage);
    }

    [Fact]
    public async Task A_per_indicator_query_bounds_each_indicators_rows_so_none_crowds_out_another()
    {
        await SeedAsync();
        var indicators = new[] { SampleGraph.OutsourcingValue.Id, SampleGraph.Gdp.Id };

        // Outsourcing has three figures and GDP two: each indicator keeps its own first rows whatever the other holds.
        var one = await Store.GetObservationsAsync(new ObservationQuery(1, IndicatorIds: indicators, FirstPerIndicator: true));
        var two = await Store.GetObservationsAsync(new ObservationQuery(2, IndicatorIds: indicators, FirstPerIndicator: true));
        var all = await Store.GetObservationsAsync(new ObservationQuery(10, IndicatorIds: indicators, FirstPerIndicator: true));

        // Each indicator's first rows in page order (its subject, then period start, then ID), then the whole in page order.
        IEnumerable<Observation> FirstOf(Domain.Identity.EntityId indicator, int count) => SampleGraph.Observations
            .Where(o => o.Indicator == indicator)
            .OrderBy(o => o.Subject.Value, StringComparer.Ordinal).ThenBy(o => o.PeriodStart).ThenBy(o => o.Id.Value, StringComparer.Ordinal)
            .Take(count);
        string[] Expected(int count) =>
            InObservationOrder(FirstOf(SampleGraph.OutsourcingValue.Id, count).Concat(FirstOf(SampleGraph.Gdp.Id, count)));

        Assert.Equal(Expected(1), one.Items.Select(i => i.Node.Id.Value));
        Assert.Contains(one.Items, i => i.Node.Indicator == SampleGraph.Gdp.Id);
        Assert.True(one.HasNextPage);
        Assert.Equal(Expected(2), two.Items.Select(i => i.Node.Id.Value));
        Assert.True(two.HasNextPage);
        Assert.Equal(InObservationOrder(SampleGraph.Observations), all.Items.Select(i => i.Node.Id.Value));
        Assert.False(all.HasNextPage);
    }

    [Fact]
    public async Task An_observation_query_bounds_per_subject_or_per_indicator_not_both()
    {
        await SeedAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetObservationsAsync(
            new ObservationQuery(1, SubjectIds: [SampleGraph.Dalian.Id], FirstPerSubject: true, FirstPerIndicator: true)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetObservationsAsync(
            new ObservationQuery(1, IndicatorIds: [SampleGraph.Gdp.Id], FromEnd: true, FirstPerIndicator: true)));
    }

    [Fact]
    public async Task A_per_subject_query_refuses_a_cursor()
    {
        await SeedAsync();
        var page = await Store.GetObservationsAsync(new ObservationQuery(1));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetObservationsAsync(
            new ObservationQuery(1, page.Items[0].Cursor, SubjectIds: [SampleGraph.Dalian.Id], FirstPerSubject: true)));
    }
}
