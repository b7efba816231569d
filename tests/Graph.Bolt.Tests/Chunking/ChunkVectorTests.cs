using Graph.Bolt.Chunking;
using Graph.Bolt.PackStream;
using Graph.Bolt.Tests.Support;

namespace Graph.Bolt.Tests.Chunking;

/// <summary>Chunk framing against the official driver's chunker and dechunker, including NOOP chunks.</summary>
public sealed class ChunkVectorTests
{
    public static TheoryData<string> Chunks => Vectors.Names("chunks");

    public static TheoryData<string> Streams => Vectors.Names("streams");

    [Theory]
    [MemberData(nameof(Chunks))]
    public async Task Framing_matches_the_official_chunker_and_reads_back(string name)
    {
        var vector = Vectors.Find("chunks", name);
        var payload = Payload(vector.GetProperty("payloadLength").GetInt32());
        using var framed = new PooledBufferWriter();

        ChunkWriter.WriteMessage(payload, framed);

        Vectors.AssertBytes(vector, framed.WrittenSpan);
        using var reader = new ChunkReader(new MemoryStream(framed.WrittenSpan.ToArray()));
        Assert.Equal(payload, (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task A_stream_yields_the_messages_the_official_dechunker_yields(string name)
    {
        var vector = Vectors.Find("streams", name);
        var expected = vector.GetProperty("messages").EnumerateArray().Select(m => m.GetString()!).ToList();
        using var reader = new ChunkReader(new MemoryStream(Convert.FromHexString(vector.GetProperty("hex").GetString()!)));

        var messages = new List<string>();
        foreach (var _ in expected)
        {
            messages.Add(Convert.ToHexStringLower((await reader.ReadMessageAsync(CancellationToken.None)).Span));
        }

        Assert.Equal(expected, messages);
        await Assert.ThrowsAsync<EndOfStreamException>(() => reader.ReadMessageAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task NOOP_chunks_between_messages_are_skipped_and_counted()
    {
        var vector = Vectors.Find("streams", "NOOPs before, between and after");
        using var reader = new ChunkReader(new MemoryStream(Convert.FromHexString(vector.GetProperty("hex").GetString()!)));

        await reader.ReadMessageAsync(CancellationToken.None);
        await reader.ReadMessageAsync(CancellationToken.None);

        Assert.Equal(3, reader.NoopChunks);
    }

    private static byte[] Payload(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 31 % 256)).ToArray();
}
