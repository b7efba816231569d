using Graph.Bolt.Protocol;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Hydrates the structures of https://neo4j.com/docs/bolt/current/bolt/structure-semantics/ into .NET values: Date →
/// <see cref="DateOnly"/>, LocalTime → <see cref="TimeOnly"/>, LocalDateTime → <see cref="DateTime"/> (Unspecified),
/// DateTime → <see cref="DateTimeOffset"/>, Time → <see cref="BoltOffsetTime"/>, DateTimeZoneId →
/// <see cref="BoltZonedDateTime"/>, Duration → <see cref="BoltDuration"/>, Point2D/3D → <see cref="BoltPoint"/>, and the
/// graph structures to <see cref="BoltNode"/>, <see cref="BoltRelationship"/>, <see cref="BoltPath"/>. Node and relationship
/// structures are accepted with and without the element IDs Bolt 5.0 added. A value outside .NET's range, and any unknown
/// tag, comes back as a <see cref="BoltStructure"/>.
/// </summary>
internal ref partial struct PackStreamReader
{
    private object ReadStructure(int fieldCount, byte tag) => tag switch
    {
        StructureTag.Node when fieldCount is 3 or 4 => ReadNode(fieldCount),
        StructureTag.Relationship when fieldCount is 5 or 8 => ReadRelationship(fieldCount),
        StructureTag.UnboundRelationship when fieldCount is 3 or 4 => ReadUnbound(fieldCount),
        StructureTag.Path when fieldCount == 3 => ReadPath(),
        StructureTag.Date when fieldCount == 1 => ReadDate(),
        StructureTag.LocalTime when fieldCount == 1 => ReadLocalTime(),
        StructureTag.Time when fieldCount == 2 => ReadTime(),
        StructureTag.LocalDateTime when fieldCount == 2 => ReadLocalDateTime(),
        StructureTag.DateTime when fieldCount == 3 => ReadDateTime(utc: true, tag),
        StructureTag.LegacyDateTime when fieldCount == 3 => ReadDateTime(utc: false, tag),
        StructureTag.DateTimeZoneId when fieldCount == 3 => ReadZonedDateTime(utc: true, tag),
        StructureTag.LegacyDateTimeZoneId when fieldCount == 3 => ReadZonedDateTime(utc: false, tag),
        StructureTag.Duration when fieldCount == 4 => new BoltDuration(ReadInteger(), ReadInteger(), ReadInteger(), (int)ReadInteger()),
        StructureTag.Point2D when fieldCount == 3 => new BoltPoint((int)ReadInteger(), ReadFloat(), ReadFloat()),
        StructureTag.Point3D when fieldCount == 4 => new BoltPoint((int)ReadInteger(), ReadFloat(), ReadFloat(), ReadFloat()),
        StructureTag.Node or StructureTag.Relationship or StructureTag.UnboundRelationship or StructureTag.Path or StructureTag.Date
            or StructureTag.LocalTime or StructureTag.Time or StructureTag.LocalDateTime or StructureTag.DateTime
            or StructureTag.LegacyDateTime or StructureTag.DateTimeZoneId or StructureTag.LegacyDateTimeZoneId or StructureTag.Duration
            or StructureTag.Point2D or StructureTag.Point3D => throw ThrowHelper.WrongFieldCount(tag, fieldCount),
        _ => ReadRaw(tag, fieldCount),
    };

    private BoltStructure ReadRaw(byte tag, int fieldCount)
    {
        var fields = new object?[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            fields[i] = ReadValue();
        }

        return new BoltStructure(tag, fields);
    }

    private BoltNode ReadNode(int fieldCount)
    {
        var id = ReadInteger();
        var labels = ReadList().Select(l => l as string ?? throw ThrowHelper.Malformed("a node label is not a string")).ToList();
        var properties = ReadMap();
        var elementId = fieldCount == 4 ? ReadString() : LegacyElementId(id);
        return new BoltNode(id, labels, properties, elementId);
    }

    private BoltRelationship ReadRelationship(int fieldCount)
    {
        var (id, start, end, type, properties) = (ReadInteger(), ReadInteger(), ReadInteger(), ReadString(), ReadMap());
        return fieldCount == 8
            ? new BoltRelationship(id, start, end, type, properties, ReadString(), ReadString(), ReadString())
            : new BoltRelationship(id, start, end, type, properties, LegacyElementId(id), LegacyElementId(start), LegacyElementId(end));
    }

    private BoltUnboundRelationship ReadUnbound(int fieldCount)
    {
        var (id, type, properties) = (ReadInteger(), ReadString(), ReadMap());
        return new BoltUnboundRelationship(id, type, properties, fieldCount == 4 ? ReadString() : LegacyElementId(id));
    }

    private BoltPath ReadPath()
    {
        var nodes = ReadList().Select(n => n as BoltNode ?? throw ThrowHelper.Malformed("a path holds a non-node")).ToList();
        var relationships = ReadList()
            .Select(r => r as BoltUnboundRelationship ?? throw ThrowHelper.Malformed("a path holds a non-relationship"))
            .ToList();
        var indices = ReadList().Select(i => i is long l ? l : throw ThrowHelper.Malformed("a path index is not an integer")).ToList();
        return new BoltPath(nodes, relationships, indices);
    }

    private object ReadDate()
    {
        var days = ReadInteger();
        var dayNumber = TemporalEncoding.UnixEpochDayNumber + days;
        return dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)dayNumber)
            : new BoltStructure(StructureTag.Date, [days]);
    }

    private TimeOnly ReadLocalTime() => new(ReadInteger() / TemporalEncoding.NanosecondsPerTick);

    private BoltOffsetTime ReadTime() => new(new TimeOnly(ReadInteger() / TemporalEncoding.NanosecondsPerTick), (int)ReadInteger());

    private object ReadLocalDateTime()
    {
        var (seconds, nanos) = (ReadInteger(), ReadInteger());
        return TemporalEncoding.Join(seconds, nanos) is { } ticks
            ? new DateTime(TemporalEncoding.UnixEpochTicks + ticks, DateTimeKind.Unspecified)
            : new BoltStructure(StructureTag.LocalDateTime, [seconds, nanos]);
    }

    private object ReadDateTime(bool utc, byte tag)
    {
        var (seconds, nanos, offsetSeconds) = (ReadInteger(), ReadInteger(), ReadInteger());
        var offset = TimeSpan.FromSeconds(offsetSeconds);
        // The legacy structure counts seconds of the local date-time; the 5.0 one of the UTC instant (#structure-datetime).
        if (TemporalEncoding.Join(utc ? seconds + offsetSeconds : seconds, nanos) is not { } localTicks || offset.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            return new BoltStructure(tag, [seconds, nanos, offsetSeconds]);
        }

        return new DateTimeOffset(TemporalEncoding.UnixEpochTicks + localTicks, offset);
    }

    private object ReadZonedDateTime(bool utc, byte tag)
    {
        var (seconds, nanos, zoneId) = (ReadInteger(), ReadInteger(), ReadString());
        if (TemporalEncoding.Join(seconds, nanos) is not { } ticks)
        {
            return new BoltStructure(tag, [seconds, nanos, zoneId]);
        }

        var known = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone);
        if (!utc)
        {
            // Legacy: the seconds are local to the zone.
            var local = new DateTime(TemporalEncoding.UnixEpochTicks + ticks, DateTimeKind.Unspecified);
            return new BoltZonedDateTime(new DateTimeOffset(local, known ? zone!.GetUtcOffset(local) : TimeSpan.Zero), zoneId);
        }

        var instant = new DateTimeOffset(TemporalEncoding.UnixEpochTicks + ticks, TimeSpan.Zero);
        return new BoltZonedDateTime(known ? TimeZoneInfo.ConvertTime(instant, zone!) : instant, zoneId);
    }

    private double ReadFloat()
    {
        var value = ReadValue();
        return value is double d ? d : throw ThrowHelper.Malformed("a point coordinate is not a float");
    }

    private static string LegacyElementId(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
