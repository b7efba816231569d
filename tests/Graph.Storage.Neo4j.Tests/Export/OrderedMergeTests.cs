using Graph.Storage.Neo4j.Export;

namespace Graph.Storage.Neo4j.Tests.Export;

/// <summary>The merge of the per-type relation streams: one ordinal order, and every stream closed whatever happens.</summary>
public sealed class OrderedMergeTests
{
    [Fact]
    public async Task Sorted_streams_merge_into_one_ordinal_order_equal_keys_in_stream_order()
    {
        var merged = await ToListAsync(OrderedMerge.MergeAsync(
            [Stream("a1", "c1", "e1"), Stream(), Stream("b2", "c2", "d2"), Stream("a4")],
            s => s[..1]));

        Assert.Equal(["a1", "a4", "b2", "c1", "c2", "d2", "e1"], merged);
    }

    [Fact]
    public async Task A_stream_that_fails_part_way_ends_the_merge_with_its_error_and_every_stream_is_disposed()
    {
        var disposed = new List<int>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ToListAsync(OrderedMerge.MergeAsync(
            [Stream(disposed, 0, "a", "d"), Stream(disposed, 1, "b", null), Stream(disposed, 2, "c")],
            s => s)));

        Assert.Equal("stream 1 broke", error.Message);
        Assert.Equal([0, 1, 2], disposed.Order());
    }

    [Fact]
    public async Task Cancellation_stops_the_merge()
    {
        using var cancellation = new CancellationTokenSource();
        var seen = new List<string>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in OrderedMerge.MergeAsync([Stream("a", "c"), Stream("b", "d")], s => s, cancellation.Token))
            {
                seen.Add(item);
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal(["a"], seen);
    }

    private static IAsyncEnumerable<string> Stream(params string[] items) => Stream([], -1, items);

    /// <summary>Yields the items; a null item throws instead. Records its number in <paramref name="disposed"/> when disposed.</summary>
    private static async IAsyncEnumerable<string> Stream(
        List<int> disposed, int number, params string?[] items)
    {
        try
        {
            foreach (var item in items)
            {
                await Task.Yield();
                yield return item ?? throw new InvalidOperationException($"stream {number} broke");
            }
        }
        finally
        {
            lock (disposed)
            {
                disposed.Add(number);
            }
        }
    }

    private static async Task<List<string>> ToListAsync(IAsyncEnumerable<string> source)
    {
        var items = new List<string>();
        await foreach (var item in source)
        {
            items.Add(item);
        }

        return items;
    }
}
