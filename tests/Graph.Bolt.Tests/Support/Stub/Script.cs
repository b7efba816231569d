using System.Buffers.Binary;
using Graph.Bolt.Connection;
using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Tests.Support.Stub;

/// <summary>
/// What the scripted server expects and answers on one connection, in order. Expectations name the request (and may
/// check its fields); answers are written with our own PackStream writer, which the golden vectors tie to the official
/// driver's bytes.
/// </summary>
internal sealed class Script
{
    private readonly List<Func<StubSession, Task>> _steps = [];

    public IReadOnlyList<Func<StubSession, Task>> Steps => _steps;

    public Script Then(Func<StubSession, Task> step)
    {
        _steps.Add(step);
        return this;
    }

    /// <summary>Expects our handshake and answers with one version, the pre-5.7 way.</summary>
    public Script Handshake(BoltVersion version) => Then(async s =>
    {
        var slots = await s.ReadHandshakeAsync();
        if (!slots.SequenceEqual(SupportedVersions.HandshakeSlots))
        {
            throw new InvalidOperationException("Script mismatch: unexpected handshake slots.");
        }

        await s.WriteRawAsync(Version(version.Encode()));
    });

    /// <summary>Answers the manifest slot (5.7+) with version ranges, then expects the client's choice and capabilities 0.</summary>
    public Script ManifestHandshake(BoltVersion expectedChoice, params uint[] ranges) => Then(async s =>
    {
        await s.ReadHandshakeAsync();
        using var answer = new PooledBufferWriter();
        answer.Write(Version(HandshakeConstants.ManifestV1));
        VarInt.Write((ulong)ranges.Length, answer);
        foreach (var range in ranges)
        {
            answer.Write(Version(range));
        }

        VarInt.Write(0b1001, answer);
        await s.WriteRawAsync(answer.WrittenSpan.ToArray());
        var choice = await s.ReadRawAsync(5);
        if (BinaryPrimitives.ReadUInt32BigEndian(choice) != expectedChoice.Encode() || choice[4] != 0)
        {
            throw new InvalidOperationException($"Script mismatch: expected the choice {expectedChoice} with no capabilities.");
        }
    });

    /// <summary>Handshake, HELLO (and LOGON from 5.1) answered with SUCCESS.</summary>
    public Script Login(BoltVersion? version = null, Dictionary<string, object?>? hints = null)
    {
        var v = version ?? BoltVersion.V5_8;
        Handshake(v).Expect("HELLO");
        var hello = new Dictionary<string, object?> { ["server"] = "Neo4j/5.26.0", ["connection_id"] = "bolt-1" };
        if (hints is not null)
        {
            hello["hints"] = hints;
        }

        Success(hello);
        return v >= BoltVersion.V5_1 ? Expect("LOGON").Success() : this;
    }

    public Script Expect(string name, Action<IReadOnlyList<object?>>? check = null) => Then(async s =>
    {
        var fields = await s.ExpectAsync(name);
        check?.Invoke(fields);
    });

    /// <summary>Expects a request and checks its PackStream bytes (a structure's tag, say, which decoding hides).</summary>
    public Script ExpectPayload(string name, Action<byte[]> check) => Then(async s =>
    {
        await s.ExpectAsync(name);
        check(s.LastPayload);
    });

    public Script Success(Dictionary<string, object?>? metadata = null) =>
        Then(s => s.SendAsync(MessageTag.Success, metadata ?? new Dictionary<string, object?>()));

    public Script Fields(params string[] names) => Success(new Dictionary<string, object?> { ["fields"] = names.ToList(), ["t_first"] = 1L });

    public Script HasMore() => Success(new Dictionary<string, object?> { ["has_more"] = true });

    public Script Done(string? bookmark = null) => Success(bookmark is null
        ? new Dictionary<string, object?> { ["type"] = "r" }
        : new Dictionary<string, object?> { ["bookmark"] = bookmark, ["type"] = "w" });

    public Script Failure(string code, string message) =>
        Then(s => s.SendAsync(MessageTag.Failure, new Dictionary<string, object?> { ["code"] = code, ["message"] = message }));

    public Script Ignored() => Then(s => s.SendAsync(MessageTag.Ignored));

    public Script Record(params object?[] values) => Then(s => s.SendAsync(MessageTag.Record, values.ToList()));

    public Script Noop() => Then(s => s.WriteRawAsync([0, 0]));

    /// <summary>Drops the connection (mid-stream, for instance).</summary>
    public Script Drop() => Then(s =>
    {
        s.Close();
        return Task.CompletedTask;
    });

    /// <summary>Expects GOODBYE and the client closing the socket.</summary>
    public Script Goodbye() => Expect("GOODBYE").Then(s => s.ExpectCloseAsync());

    /// <summary>Waits for the test to open a gate (to hold a step until the client has done something).</summary>
    public Script Await(Task gate) => Then(_ => gate);

    /// <summary>Says nothing for a while (a slow server).</summary>
    public Script Pause(TimeSpan length) => Then(s => Task.Delay(length, s.Cancellation));

    /// <summary>
    /// Answers nothing more and waits for the client to give up and close the connection; anything the client sends
    /// instead (a RESET, a GOODBYE) fails the script, since a client that stopped waiting must not reuse the connection.
    /// </summary>
    public Script Stall() => Then(s => s.ExpectCloseAsync());

    private static byte[] Version(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }
}
