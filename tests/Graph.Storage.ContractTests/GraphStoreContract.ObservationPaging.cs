using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

/// <summary>Observation pages both ways (Relay's first/after and last/before) in subject, indicator, period and ID order.</summary>
public abstract partial class GraphStoreContract
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Observation_pages_from_the_end_walk_back_through_what_the_forward_pages_walked(int size)
    {
        await SeedAsync();
        var backward = new List<string>();
        string? before = null;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = await Store.GetObservationsAsync(new ObservationQuery(size, Before: before, FromEnd: true));
            backward.InsertRange(0, page.Items.Select(i => i.Node.Id.Value));
            Assert.Equal(before is not null, page.HasNextPage);
            if (!page.HasPreviousPage)
            {
                break;
            }

            before = page.Items[0].Cursor;
        }

        Assert.Equal(InObservationOrder(SampleGraph.Observations), backward);
    }

    [Fact]
    public async Task Both_observation_cursors_bound_the_page_either_way_and_the_count_ignores_them()
    {
        await SeedAsync();
        var all = (await Store.GetObservationsAsync(new ObservationQuery(100))).Items;
        var (after, before) = (all[0].Cursor, all[^1].Cursor);
        var inside = all.Skip(1).SkipLast(1).Select(i => i.Node.Id.Value).ToList();

        var forward = await Store.GetObservationsAsync(new ObservationQuery(100, after, Before: before));
        var fromEnd = await Store.GetObservationsAsync(new ObservationQuery(1, after, Before: before, FromEnd: true));
        var count = await Store.CountObservationsAsync(new ObservationQuery(1, after, Before: before, FromEnd: true));

        Assert.True(inside.Count > 1);
        Assert.Equal(inside, forward.Items.Select(i => i.Node.Id.Value));
        Assert.Equal([inside[^1]], fromEnd.Items.Select(i => i.Node.Id.Value));
        Assert.True(fromEnd.HasPreviousPage);
        Assert.True(fromEnd.HasNextPage);
        Assert.Equal(all.Count, count);
    }

    [Fact]
    public async Task Observations_from_the_end_keep_their_filters()
    {
        await SeedAsync();
        var dalian = InObservationOrder(SampleGraph.Observations.Where(o => o.Subject == SampleGraph.Dalian.Id));

        var page = await Store.GetObservationsAsync(new ObservationQuery(2, SubjectIds: [SampleGraph.Dalian.Id], FromEnd: true));

        Assert.Equal(dalian.TakeLast(2), page.Items.Select(i => i.Node.Id.Value));
        Assert.Equal(dalian.Length > 2, page.HasPreviousPage);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task A_per_subject_first_page_resumes_in_each_subjects_own_pages_both_ways_with_its_count()
    {
        // The GraphQL observations connection of a subject reads its first page per subject for all siblings at once and
        // every later page with the subject's own paged read: the cursor of the one must resume the other.
        await SeedAsync();
        var subjects = new[] { SampleGraph.Dalian.Id, SampleGraph.Shenyang.Id };
        var firsts = await Store.GetObservationsAsync(new ObservationQuery(1, SubjectIds: subjects, FirstPerSubject: true));

        foreach (var subject in subjects)
        {
            var expected = InObservationOrder(SampleGraph.Observations.Where(o => o.Subject == subject));
            var first = Assert.Single(firsts.Items, i => i.Node.Subject == subject);
            Assert.Equal(StoreCursors.Observation(first.Node), first.Cursor);

            var rest = await Store.GetObservationsAsync(new ObservationQuery(100, first.Cursor, SubjectIds: [subject]));
            var back = await Store.GetObservationsAsync(new ObservationQuery(100, SubjectIds: [subject], Before: first.Cursor, FromEnd: true));
            var count = await Store.CountObservationsAsync(new ObservationQuery(1, first.Cursor, SubjectIds: [subject]));

            Assert.Equal(expected, new[] { first.Node.Id.Value }.Concat(rest.Items.Select(i => i.Node.Id.Value)));
            Assert.Empty(back.Items);
            Assert.Equal(expected.Length, count);
        }
    }

    [Fact]
    public async Task A_malformed_observation_before_cursor_or_a_per_subject_page_from_the_end_is_refused()
    {
        await SeedAsync();
        var entityCursor = (await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 1))).Items[0].Cursor;

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetObservationsAsync(new ObservationQuery(2, Before: "%%%", FromEnd: true)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetObservationsAsync(new ObservationQuery(2, Before: entityCursor)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetObservationsAsync(
            new ObservationQuery(1, SubjectIds: [SampleGraph.Dalian.Id], FirstPerSubject: true, FromEnd: true)));
    }
}
