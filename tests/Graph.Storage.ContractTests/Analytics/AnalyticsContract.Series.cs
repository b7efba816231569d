using Graph.Analytics.Series;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests.Analytics;

public abstract partial class AnalyticsContract
{
    [Fact]
    public async Task A_series_has_one_point_per_period_in_base_units_with_the_year_on_year_change()
    {
        var series = await Analytics.SeriesAsync(
            new SeriesQuery(SampleGraph.Gdp.Id, [SampleGraph.Dalian.Id, SampleGraph.Shenyang.Id], null, null));

        Assert.Equal(2, series.Count);
        var dalian = series[0];
        Assert.Equal(SampleGraph.Dalian.Id, dalian.Subject.Id);
        Assert.Equal([2023, 2024, 2025], dalian.Points.Select(p => p.PeriodStart.Year));
        Assert.Null(dalian.Points[0].YoyPct);
        Assert.Equal(5.0123456789012345678m, dalian.Points[1].YoyPct);
        Assert.False(dalian.Points[1].YoyComputed);
        // 2025 reports no change; it is computed from 2024 in base units: (999320000000 − 951690000000) / 951690000000.
        Assert.Equal(5.00m, dalian.Points[2].YoyPct);
        Assert.True(dalian.Points[2].YoyComputed);
        Assert.Equal(999_320_000_000m, dalian.Points[2].Observation.NormalizedValue);
        Assert.Equal(-0.5m, Assert.Single(series[1].Points).YoyPct);
    }

    [Fact]
    public async Task A_series_leaves_targets_out_unless_asked_and_keeps_to_the_period()
    {
        var outcomes = await Analytics.SeriesAsync(new SeriesQuery(SampleGraph.OutsourcingValue.Id, [SampleGraph.Dalian.Id], null, null));
        var withTargets = await Analytics.SeriesAsync(
            new SeriesQuery(SampleGraph.OutsourcingValue.Id, [SampleGraph.Dalian.Id], null, null, IncludeTargets: true));
        var only2025 = await Analytics.SeriesAsync(
            new SeriesQuery(
                SampleGraph.OutsourcingValue.Id, [SampleGraph.Dalian.Id], new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));

        Assert.Equal(2, outcomes[0].Points.Count);
        Assert.Equal(3, withTargets[0].Points.Count);
        Assert.Equal(SampleGraph.DalianOutsourcing2025Q1.Id, Assert.Single(only2025[0].Points).Observation.Id);
    }

    [Fact]
    public async Task A_comparison_ranks_places_by_their_figure_for_the_period()
    {
        var comparison = await Analytics.CompareAsync(
            new ComparisonQuery(SampleGraph.Gdp.Id, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 10));

        Assert.NotNull(comparison);
        Assert.Equal("CNY", comparison.BaseUnit);
        Assert.Equal(2, comparison.SubjectCount);
        Assert.Equal(["大连市", "沈阳市"], comparison.Rows.Select(r => r.Subject.Name));
        Assert.Equal([1, 2], comparison.Rows.Select(r => r.Rank));
        Assert.Equal(951_690_000_000m, comparison.Rows[0].Point.Observation.NormalizedValue);
    }
}
