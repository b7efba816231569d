using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Observations_without_targets_leave_out_goals_and_plans_in_pages_and_per_subject()
    {
        await SeedAsync();
        var period = (From: new DateOnly(2025, 1, 1), To: new DateOnly(2025, 6, 30));

        var all = await Store.GetObservationsAsync(new ObservationQuery(100, SubjectIds: [SampleGraph.Dalian.Id], From: period.From, To: period.To));
        var outcomes = await Store.GetObservationsAsync(
            new ObservationQuery(100, SubjectIds: [SampleGraph.Dalian.Id], From: period.From, To: period.To, IncludeTargets: false));
        var perSubject = await Store.GetObservationsAsync(
            new ObservationQuery(
                100, SubjectIds: [SampleGraph.Dalian.Id, SampleGraph.Shenyang.Id], FirstPerSubject: true, IncludeTargets: false));

        Assert.Contains(all.Items, i => i.Node.IsTarget);
        Assert.Equal([SampleGraph.DalianOutsourcing2025Q1.Id], outcomes.Items.Select(i => i.Node.Id));
        Assert.DoesNotContain(perSubject.Items, i => i.Node.IsTarget);
        Assert.Equal(SampleGraph.Observations.Count(o => !o.IsTarget), perSubject.Items.Count);
    }
}
