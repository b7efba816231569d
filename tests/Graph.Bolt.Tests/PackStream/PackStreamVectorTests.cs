using Graph.Bolt.PackStream;
using Graph.Bolt.Tests.Support;

namespace Graph.Bolt.Tests.PackStream;

/// <summary>Our PackStream encoder and decoder against the official JavaScript driver's bytes, value by value.</summary>
public sealed class PackStreamVectorTests
{
    public static TheoryData<string> Values => Vectors.Names("values");

    [Theory]
    [MemberData(nameof(Values))]
    public void Encoding_matches_the_official_driver_byte_for_byte(string name)
    {
        var vector = Vectors.Find("values", name);

        var bytes = Encode(Descriptors.Value(vector.GetProperty("descriptor")));

        Vectors.AssertBytes(vector, bytes);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Decoding_the_official_drivers_bytes_gives_the_value_back(string name)
    {
        var vector = Vectors.Find("values", name);
        var expected = Descriptors.Value(vector.GetProperty("descriptor"));
        // Large vectors carry a digest; the encoding test proves our bytes equal theirs, so decode ours.
        var bytes = Vectors.InlineBytes(vector) ?? Encode(expected);

        var reader = new PackStreamReader(bytes);
        var actual = reader.ReadValue();

        DeepEquality.AssertEqual(expected, actual);
        Assert.Equal(0, reader.Remaining);
    }

    public static TheoryData<string> LegacyValues => Vectors.Names("legacyValues");

    [Theory]
    [MemberData(nameof(LegacyValues))]
    public void Legacy_DateTime_structures_for_Bolt_4_4_without_the_utc_patch_match_the_official_driver(string name)
    {
        var vector = Vectors.Find("legacyValues", name);
        var expected = Descriptors.Value(vector.GetProperty("descriptor"));

        Vectors.AssertBytes(vector, Encode(expected, utcDateTime: false));
        DeepEquality.AssertEqual(expected, new PackStreamReader(Vectors.InlineBytes(vector)).ReadValue());
    }

    [Fact]
    public void Every_marker_size_is_accepted_when_decoding_not_only_the_smallest()
    {
        // 42 in each integer width (#data-type-integer), "A" as STRING_16, [1] as LIST_32, {} as MAP_8, bytes as BYTES_32.
        string[] wide = ["2a", "c82a", "c9002a", "ca0000002a", "cb000000000000002a"];
        foreach (var hex in wide)
        {
            Assert.Equal(42L, new PackStreamReader(Convert.FromHexString(hex)).ReadValue());
        }

        Assert.Equal("A", new PackStreamReader(Convert.FromHexString("d1000141")).ReadValue());
        DeepEquality.AssertEqual(new List<object?> { 1L }, new PackStreamReader(Convert.FromHexString("d60000000101")).ReadValue());
        DeepEquality.AssertEqual(new Dictionary<string, object?>(), new PackStreamReader(Convert.FromHexString("d800")).ReadValue());
        Assert.Equal([7], (byte[])new PackStreamReader(Convert.FromHexString("ce0000000107")).ReadValue()!);
    }

    [Fact]
    public void A_repeated_key_keeps_its_last_value()
    {
        // [("key_1", 1), ("key_2", 2), ("key_1", 3)] -> {"key_1": 3, "key_2": 2} (#data-type-dictionary).
        var map = (Dictionary<string, object?>)new PackStreamReader(Convert.FromHexString("a3856b65795f3101856b65795f3202856b65795f3103")).ReadValue()!;

        Assert.Equal(3L, map["key_1"]);
        Assert.Equal(2L, map["key_2"]);
    }

    [Theory]
    [InlineData("c4")]
    [InlineData("e0")]
    [InlineData("df")]
    [InlineData("d3")]
    public void A_reserved_marker_is_a_protocol_error(string hex) =>
        Assert.Throws<BoltProtocolException>(() => new PackStreamReader(Convert.FromHexString(hex)).ReadValue());

    [Fact]
    public void A_truncated_value_is_a_protocol_error() =>
        Assert.Throws<BoltProtocolException>(() => new PackStreamReader(Convert.FromHexString("d00541")).ReadValue());

    [Fact]
    public void Decimals_are_refused_rather_than_silently_rounded() =>
        Assert.Throws<ArgumentException>(() => Encode(1.5m));

    [Fact]
    public void Dates_outside_the_dotnet_range_come_back_as_raw_structures()
    {
        // Date with days = 3 000 000 000 (year ~8 million).
        var value = new PackStreamReader(Convert.FromHexString("b144cb00000000b2d05e00")).ReadValue();

        var structure = Assert.IsType<BoltStructure>(value);
        Assert.Equal(3_000_000_000L, structure.Fields[0]);
    }

    internal static byte[] Encode(object? value, bool utcDateTime = true)
    {
        using var buffer = new PooledBufferWriter();
        new PackStreamWriter(buffer, utcDateTime).WriteValue(value);
        return buffer.WrittenSpan.ToArray();
    }
}
