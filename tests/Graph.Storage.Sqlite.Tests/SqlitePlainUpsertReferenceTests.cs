using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Sqlite.Tests.Support;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>
/// A plain upsert (not a replacement) runs without SQLite's per-row foreign-key look-ups: BatchUpsert's set-wise checks
/// are then all that stands between a dangling reference and the file. Every reference a foreign key covers must still be
/// refused with nothing written, and the store must keep working after the refusal.
/// </summary>
public sealed class SqlitePlainUpsertReferenceTests : IDisposable
{
    private static readonly EntityId Nowhere = new("place_0000000000000000");

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    public static TheoryData<string> Cases => ["relation end", "figure subject", "figure indicator", "mention article", "mention document"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_dangling_reference_is_refused_and_nothing_is_written(string reference)
    {
        await using var store = _database.CreateStore();
        await store.InitializeAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.UpsertAsync(WithDangling(reference)));

        Assert.Equal(0L, await RawSqlite.ScalarAsync(_database.FilePath, "SELECT count(*) FROM documents"));
        Assert.Equal(0L, await RawSqlite.ScalarAsync(_database.FilePath, "SELECT count(*) FROM entities"));
        Assert.Equal(0L, await RawSqlite.ScalarAsync(_database.FilePath, "SELECT count(*) FROM mentions"));
        var stored = await store.UpsertAsync(SampleGraph.Batch);
        Assert.Equal(SampleGraph.Entities.Count, stored.CreatedEntities.Count);
        Assert.Equal((long)SampleGraph.Mentions.Count, await RawSqlite.ScalarAsync(_database.FilePath, "SELECT count(*) FROM mentions"));
    }

    private static GraphBatch WithDangling(string reference)
    {
        var batch = SampleGraph.Batch;
        var figure = SampleGraph.Observations[0];
        var mention = SampleGraph.Mentions[0];
        return reference switch
        {
            "relation end" => batch with { Relations = [.. batch.Relations, Relation.Create(RelationType.PartOf, SampleGraph.Dalian.Id, Nowhere)] },
            "figure subject" => batch with { Observations = [.. batch.Observations, figure with { Id = new ObservationId("obs_dangling_subject"), Subject = Nowhere }] },
            "figure indicator" => batch with { Observations = [.. batch.Observations, figure with { Id = new ObservationId("obs_dangling_indicator"), Indicator = Nowhere }] },
            "mention article" => batch with { Mentions = [.. batch.Mentions, mention with { Article = Nowhere }] },
            "mention document" => batch with { Mentions = [.. batch.Mentions, mention with { DocumentHash = new string('b', 64) }] },
            _ => throw new ArgumentOutOfRangeException(nameof(reference)),
        };
    }
}
