using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Search;
using Graph.Storage.Sqlite.Sql;
using Graph.Storage.Sqlite.Tests.Support;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>
/// The reads that must not grow with a hub's degree: the per-entity capped relation read walks the (end, id) index and the
/// contained tier of search reads gram postings in key order, so neither sorts all of a hub's or a gram's rows.
/// </summary>
public sealed class SqliteCappedReadPlanTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData(RelationDirection.Both, true)]
    [InlineData(RelationDirection.Both, false)]
    [InlineData(RelationDirection.Incoming, false)]
    public async Task Capped_relation_reads_are_index_range_scans_without_window_or_table_look_ups(RelationDirection direction, bool typed)
    {
        var plan = await PlanAsync(connection => RelationSql.ByAnchors(
            connection, new RelationQuery([new EntityId("place_a")], direction, 20, typed ? [RelationType.LocatedIn] : null)));

        if (direction == RelationDirection.Both)
        {
            Assert.Contains("SEARCH r USING COVERING INDEX relations_by_from_id (from_id=? AND id<?)", plan, StringComparison.Ordinal);
        }

        Assert.Contains("SEARCH r USING COVERING INDEX relations_by_to_id (to_id=? AND id<?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIMARY KEY", plan, StringComparison.Ordinal);
        Assert.DoesNotContain(" OVER ", SqlCatalog.RelationsOfAnchors(direction, typed, new PageWindow(After: false, Before: false, Backward: false)), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(RelationDirection.Incoming, false)]
    [InlineData(RelationDirection.Outgoing, false)]
    [InlineData(RelationDirection.Incoming, true)]
    public async Task Typed_reads_of_one_side_walk_each_anchors_range_once_and_read_the_first_matches_by_the_same_index(
        RelationDirection direction, bool fromEnd)
    {
        // A hub with no relation of the type asked for costs one walk of its range, not a walk to the cut-off and a second
        // read up to it.
        var query = new RelationQuery([new EntityId("org_a")], direction, 101, [RelationType.Implements], FromEnd: fromEnd);
        var plan = await PlanAsync(connection => RelationSql.ByAnchors(connection, query));

        var (index, end) = direction == RelationDirection.Incoming ? ("relations_by_to_id", "to_id") : ("relations_by_from_id", "from_id");
        Assert.Contains($"SEARCH x USING COVERING INDEX {index} ({end}=?)", plan, StringComparison.Ordinal);
        Assert.Contains($"SEARCH r USING COVERING INDEX {index} ({end}=? AND id=?)", plan, StringComparison.Ordinal);
        Assert.Single(plan.Split('\n'), line => line.Contains($"USING COVERING INDEX {index} ({end}=?)", StringComparison.Ordinal));
        Assert.DoesNotContain("PRIMARY KEY", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RelationDirection.Both, true)]
    [InlineData(RelationDirection.Both, false)]
    [InlineData(RelationDirection.Incoming, false)]
    public async Task Relation_reads_from_the_end_walk_the_same_index_ranges_backward_without_sorting_them(
        RelationDirection direction, bool typed)
    {
        var query = new RelationQuery(
            [new EntityId("place_a")], direction, 20, typed ? [RelationType.LocatedIn] : null, Before: "relation_m", FromEnd: true);
        var plan = await PlanAsync(connection => RelationSql.ByAnchors(connection, query));

        if (direction == RelationDirection.Both)
        {
            Assert.Contains("SEARCH x USING COVERING INDEX relations_by_from_id (from_id=? AND id<?)", plan, StringComparison.Ordinal);
            Assert.Contains("SEARCH r USING COVERING INDEX relations_by_from_id (from_id=? AND id>? AND id<?)", plan, StringComparison.Ordinal);
        }

        Assert.Contains("SEARCH x USING COVERING INDEX relations_by_to_id (to_id=? AND id<?)", plan, StringComparison.Ordinal);
        Assert.Contains("SEARCH r USING COVERING INDEX relations_by_to_id (to_id=? AND id>? AND id<?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIMARY KEY", plan, StringComparison.Ordinal);
        // The walk to the cut-off reads each index backward (a merge, as forward): the read sorts no more than the forward
        // read does, which sorts only each side's (at most N per anchor) rows for the final order.
        var forward = await PlanAsync(connection => RelationSql.ByAnchors(connection, query with { FromEnd = false }));
        Assert.Equal(Sorts(forward), Sorts(plan));
        Assert.DoesNotContain(" OVER ", SqlCatalog.RelationsOfAnchors(direction, typed, new PageWindow(false, true, true)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_observation_page_from_the_end_walks_the_subject_index_backward_without_sorting()
    {
        var filters = new ObservationFilters(Indicators: false, Subjects: false, From: false, To: false, After: false, Before: true);
        var plan = await PlanAsync(connection =>
        {
            var command = connection.CreateCommand();
            command.CommandText = SqlCatalog.ObservationsPage(filters, backward: true);
            return command.With("$bsubject", "s").With("$bindicator", "i").With("$bstart", "2025-01-01").With("$bid", "o").With("$limit", 11);
        });

        Assert.Contains("SEARCH o USING INDEX observations_by_subject ((subject_id,indicator_id,period_start,id)<(?,?,?,?))", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Per_subject_and_per_indicator_observation_reads_stop_at_the_bound_in_each_keys_index_range(bool perSubject)
    {
        // A subject with thousands of figures (a province) or an indicator with thousands (GDP) costs $perKey rows: the
        // key's range is walked in page order under a LIMIT, no window numbers all of its rows, nothing sorts them.
        var filters = new ObservationFilters(Indicators: !perSubject, Subjects: perSubject, From: true, To: false, After: false, NoTargets: true);
        var plan = await PlanAsync(connection =>
        {
            var command = connection.CreateCommand();
            command.CommandText = perSubject ? SqlCatalog.ObservationsPerSubject(filters) : SqlCatalog.ObservationsPerIndicator(filters);
            return command.With(perSubject ? "$subjects" : "$indicators", "[\"a\",\"b\"]").With("$from", "2025-01-01").With("$perKey", 6);
        });

        var (index, column) = perSubject ? ("observations_by_subject", "subject_id") : ("observations_by_indicator", "indicator_id");
        Assert.Contains($"SEARCH o USING INDEX {index} ({column}=?)", plan, StringComparison.Ordinal);
        Assert.Contains("SEARCH o USING INTEGER PRIMARY KEY (rowid=?)", plan, StringComparison.Ordinal);
        // Only the final order of the rows kept (at most $perKey per key) is sorted.
        Assert.Equal(1, Sorts(plan));
        Assert.DoesNotContain(" OVER ", SqlCatalog.ObservationsPerSubject(filters) + SqlCatalog.ObservationsPerIndicator(filters), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Relations_among_nodes_are_read_from_the_covering_index_alone()
    {
        var plan = await PlanAsync(connection => RelationSql.Among(connection, ["a", "b"], null));

        Assert.Contains("USING COVERING INDEX relations_by_from_id (from_id=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIMARY KEY", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(null)]
    public async Task Expansion_reads_each_anchor_as_one_range_of_a_covering_index(int? cap)
    {
        var plan = await PlanAsync(connection => GraphExpansion.Build(connection, ["a", "b"], null, RelationDirection.Both, cap));

        var range = cap is null ? "" : " AND id<?";
        Assert.Contains($"SEARCH r USING COVERING INDEX relations_by_from_id (from_id=?{range})", plan, StringComparison.Ordinal);
        Assert.Contains($"SEARCH r USING COVERING INDEX relations_by_to_id (to_id=?{range})", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN r", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_contained_tier_of_search_reads_postings_in_rank_order_without_sorting()
    {
        var query = new SearchQuery("有限公", 10);
        var plan = await PlanAsync(connection => SearchSql.Contained(connection, "有限公", "有限", query, SearchSql.ParseCursors(query), 11));
        var fromEnd = query with { FromEnd = true, Before = SearchSql.CursorFor(SearchRank.TierWeight - 5, 7) };
        var backward = await PlanAsync(connection => SearchSql.Contained(connection, "有限公", "有限", fromEnd, SearchSql.ParseCursors(fromEnd), 11));

        Assert.Contains("USING PRIMARY KEY (gram=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE FOR ORDER BY", plan, StringComparison.Ordinal);
        Assert.Contains("USING PRIMARY KEY (gram=?)", backward, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE FOR ORDER BY", backward, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exact_and_prefix_search_matches_come_from_one_range_of_the_term_index()
    {
        var plan = await PlanAsync(connection => SearchSql.Ranked(connection, "大连", new SearchQuery("大连", 10), SearchSql.ParseCursors(new SearchQuery("大连", 10)), 11));

        Assert.Contains("search_terms_by_term (term>? AND term<?)", plan, StringComparison.Ordinal);
    }

    private async Task<string> PlanAsync(
        Func<Microsoft.Data.Sqlite.SqliteConnection, Microsoft.Data.Sqlite.SqliteCommand> build, bool explain = true)
    {
        await using (var store = _database.CreateStore())
        {
            await store.InitializeAsync();
        }

        await using var connection = await RawSqlite.OpenAsync(_database.FilePath);
        await using var command = build(connection);
        if (explain)
        {
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        }

        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(3));
        }

        return string.Join("\n", rows);
    }

    private static int Sorts(string plan) =>
        plan.Split('\n').Count(line => line.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
}
