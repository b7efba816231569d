using System.Collections;

namespace Graph.Bolt.Tests.Support;

/// <summary>Structural equality of decoded values: lists, dictionaries, byte arrays, doubles by bits, the Bolt records field by field.</summary>
internal static class DeepEquality
{
    public static void AssertEqual(object? expected, object? actual, string path = "value")
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, got {actual}");
                return;
            case double d:
                Assert.True(actual is double a && BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(d), $"{path}: {d} vs {actual}");
                return;
            case byte[] bytes:
                Assert.Equal(bytes, Assert.IsType<byte[]>(actual));
                return;
            case string or long or bool or DateOnly or TimeOnly or BoltDuration or BoltPoint or BoltOffsetTime:
                Assert.Equal(expected, actual);
                return;
            case DateTime local:
                var actualLocal = Assert.IsType<DateTime>(actual);
                Assert.Equal(local.Ticks, actualLocal.Ticks);
                return;
            case DateTimeOffset instant:
                Assert.True(instant.EqualsExact(Assert.IsType<DateTimeOffset>(actual)), $"{path}: {instant:O} vs {actual:O}");
                return;
            case BoltZonedDateTime zoned:
                var actualZoned = Assert.IsType<BoltZonedDateTime>(actual);
                Assert.Equal(zoned.ZoneId, actualZoned.ZoneId);
                Assert.True(zoned.Value.EqualsExact(actualZoned.Value), $"{path}: {zoned.Value:O} vs {actualZoned.Value:O}");
                return;
            case BoltNode node:
                var n = Assert.IsType<BoltNode>(actual);
                Assert.Equal((node.Id, node.ElementId), (n.Id, n.ElementId));
                Assert.Equal(node.Labels, n.Labels);
                AssertEqual(node.Properties, n.Properties, path + ".properties");
                return;
            case BoltRelationship rel:
                var r = Assert.IsType<BoltRelationship>(actual);
                Assert.Equal(rel with { Properties = r.Properties }, r);
                AssertEqual(rel.Properties, r.Properties, path + ".properties");
                return;
            case BoltUnboundRelationship unbound:
                var u = Assert.IsType<BoltUnboundRelationship>(actual);
                Assert.Equal(unbound with { Properties = u.Properties }, u);
                AssertEqual(unbound.Properties, u.Properties, path + ".properties");
                return;
            case BoltPath p:
                var ap = Assert.IsType<BoltPath>(actual);
                AssertEqual(p.Nodes.Cast<object?>().ToList(), ap.Nodes.Cast<object?>().ToList(), path + ".nodes");
                AssertEqual(p.Relationships.Cast<object?>().ToList(), ap.Relationships.Cast<object?>().ToList(), path + ".relationships");
                Assert.Equal(p.Indices, ap.Indices);
                return;
            case BoltStructure s:
                var st = Assert.IsType<BoltStructure>(actual);
                Assert.Equal(s.Tag, st.Tag);
                AssertEqual(s.Fields.ToList(), st.Fields.ToList(), path + ".fields");
                return;
            case IDictionary map:
                var actualMap = Assert.IsAssignableFrom<IDictionary>(actual);
                Assert.Equal(map.Count, actualMap.Count);
                foreach (DictionaryEntry entry in map)
                {
                    Assert.True(actualMap.Contains(entry.Key), $"{path}: missing key {entry.Key}");
                    AssertEqual(entry.Value, actualMap[entry.Key], $"{path}.{entry.Key}");
                }

                return;
            case IEnumerable sequence:
                var expectedItems = sequence.Cast<object?>().ToList();
                var actualItems = Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object?>().ToList();
                Assert.Equal(expectedItems.Count, actualItems.Count);
                for (var i = 0; i < expectedItems.Count; i++)
                {
                    AssertEqual(expectedItems[i], actualItems[i], $"{path}[{i}]");
                }

                return;
            default:
                Assert.Equal(expected, actual);
                return;
        }
    }
}
