using System.Globalization;
using System.Text.Json;

namespace Graph.Bolt.Tests.Support;

/// <summary>Builds the .NET value a vector descriptor stands for (the same descriptor the JavaScript side built its value from).</summary>
internal static class Descriptors
{
    public static object? Value(JsonElement d)
    {
        var kind = d[0].GetString();
        return kind switch
        {
            "null" => null,
            "bool" => d[1].GetBoolean(),
            "int" => long.Parse(d[1].GetString()!, CultureInfo.InvariantCulture),
            "float" => BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(d[1].GetString()!, NumberStyles.HexNumber, CultureInfo.InvariantCulture))),
            "str" => d[1].GetString(),
            "str-repeat" => string.Concat(Enumerable.Repeat(d[1].GetString(), d[2].GetInt32())),
            "bytes" => Convert.FromHexString(d[1].GetString()!),
            "bytes-gen" => Enumerable.Range(0, d[1].GetInt32()).Select(i => (byte)(i * 7 % 256)).ToArray(),
            "list" => d[1].EnumerateArray().Select(Value).ToList(),
            "list-gen" => Enumerable.Range(0, d[1].GetInt32()).Select(i => (object?)(long)(i % 100)).ToList(),
            "map" => Map(d[1]),
            "map-gen" => Enumerable.Range(0, d[1].GetInt32()).ToDictionary(i => $"k{i}", i => (object?)(long)(i % 100)),
            "struct" => new BoltStructure((byte)d[1].GetInt32(), d[2].EnumerateArray().Select(Value).ToList()),
            "date" => DateOnly.ParseExact(d[1].GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "localtime" => TimeOnly.Parse(d[1].GetString()!, CultureInfo.InvariantCulture),
            "time" => new BoltOffsetTime(TimeOnly.Parse(d[1].GetString()!, CultureInfo.InvariantCulture), d[2].GetInt32()),
            "localdatetime" => Local(d[1]),
            "datetime" => new DateTimeOffset(Local(d[1]), TimeSpan.FromSeconds(d[2].GetInt32())),
            "zoned" => BoltZonedDateTime.FromLocal(Local(d[1]), d[2].GetString()!),
            "duration" => new BoltDuration(d[1].GetInt64(), d[2].GetInt64(), d[3].GetInt64(), d[4].GetInt32()),
            "point" => d.GetArrayLength() == 5
                ? new BoltPoint(d[1].GetInt32(), d[2].GetDouble(), d[3].GetDouble(), d[4].GetDouble())
                : new BoltPoint(d[1].GetInt32(), d[2].GetDouble(), d[3].GetDouble()),
            "node" => Node(d),
            "relationship" => new BoltRelationship(
                d[1].GetInt64(), d[2].GetInt64(), d[3].GetInt64(), d[4].GetString()!, Map(d[5][1]), d[6].GetString()!, d[7].GetString()!,
                d[8].GetString()!),
            "unbound" => Unbound(d),
            "path" => new BoltPath(
                d[1].EnumerateArray().Select(Node).ToList(), d[2].EnumerateArray().Select(Unbound).ToList(),
                d[3].EnumerateArray().Select(i => i.GetInt64()).ToList()),
            _ => throw new ArgumentException($"Unknown descriptor {kind}."),
        };
    }

    public static Dictionary<string, object?> Map(JsonElement entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in entries.EnumerateArray())
        {
            map[entry[0].GetString()!] = Value(entry[1]);
        }

        return map;
    }

    private static BoltNode Node(JsonElement d) => new(
        d[1].GetInt64(), d[2].EnumerateArray().Select(l => l.GetString()!).ToList(), Map(d[3][1]), d[4].GetString()!);

    private static BoltUnboundRelationship Unbound(JsonElement d) => new(d[1].GetInt64(), d[2].GetString()!, Map(d[3][1]), d[4].GetString()!);

    private static DateTime Local(JsonElement text) =>
        DateTime.Parse(text.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.None);
}
