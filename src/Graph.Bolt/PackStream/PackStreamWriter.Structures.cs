using Graph.Bolt.Protocol;

namespace Graph.Bolt.PackStream;

/// <summary>
/// The temporal, spatial and graph structures of https://neo4j.com/docs/bolt/current/bolt/structure-semantics/.
/// <see cref="DateTime"/> is a LocalDateTime whatever its Kind (as the official .NET driver maps it); use
/// <see cref="DateTimeOffset"/> for an instant.
/// </summary>
internal sealed partial class PackStreamWriter
{
    private bool TryWriteStructure(object value)
    {
        switch (value)
        {
            case DateOnly date:
                WriteStructHeader(1, StructureTag.Date);
                WriteInteger(date.DayNumber - TemporalEncoding.UnixEpochDayNumber);
                return true;
            case TimeOnly time:
                WriteStructHeader(1, StructureTag.LocalTime);
                WriteInteger(TemporalEncoding.NanosecondsOfDay(time));
                return true;
            case BoltOffsetTime time:
                WriteStructHeader(2, StructureTag.Time);
                WriteInteger(TemporalEncoding.NanosecondsOfDay(time.Time));
                WriteInteger(time.OffsetSeconds);
                return true;
            case DateTime local:
                WriteSecondsAndNanos(StructureTag.LocalDateTime, local.Ticks - TemporalEncoding.UnixEpochTicks, 2);
                return true;
            case DateTimeOffset instant:
                WriteDateTime(instant);
                return true;
            case BoltZonedDateTime zoned:
                WriteZonedDateTime(zoned);
                return true;
            case TimeSpan span:
                var (seconds, nanos) = TemporalEncoding.Split(span.Ticks);
                WriteDuration(new BoltDuration(0, 0, seconds, nanos));
                return true;
            case BoltDuration duration:
                WriteDuration(duration);
                return true;
            case BoltPoint point:
                WritePoint(point);
                return true;
            case BoltStructure structure:
                WriteStructHeader(structure.Fields.Count, structure.Tag);
                foreach (var field in structure.Fields)
                {
                    WriteValue(field);
                }

                return true;
            default:
                return TryWriteGraphStructure(value);
        }
    }

    private void WriteDateTime(DateTimeOffset instant)
    {
        var offsetSeconds = (long)instant.Offset.TotalSeconds;
        // 5.0 structure: seconds since the epoch of the UTC instant; legacy: of the local date-time (#structure-datetime).
        var ticks = UtcDateTime ? instant.UtcTicks : instant.Ticks;
        WriteSecondsAndNanos(StructureTag.DateTime, ticks - TemporalEncoding.UnixEpochTicks, 3, UtcDateTime ? null : StructureTag.LegacyDateTime);
        WriteInteger(offsetSeconds);
    }

    private void WriteZonedDateTime(BoltZonedDateTime zoned)
    {
        var ticks = UtcDateTime ? zoned.Value.UtcTicks : zoned.Value.Ticks;
        WriteSecondsAndNanos(
            StructureTag.DateTimeZoneId, ticks - TemporalEncoding.UnixEpochTicks, 3, UtcDateTime ? null : StructureTag.LegacyDateTimeZoneId);
        WriteString(zoned.ZoneId);
    }

    private void WriteSecondsAndNanos(byte tag, long ticksSinceEpoch, int fieldCount, byte? legacyTag = null)
    {
        var (seconds, nanos) = TemporalEncoding.Split(ticksSinceEpoch);
        WriteStructHeader(fieldCount, legacyTag ?? tag);
        WriteInteger(seconds);
        WriteInteger(nanos);
    }

    private void WriteDuration(BoltDuration duration)
    {
        WriteStructHeader(4, StructureTag.Duration);
        WriteInteger(duration.Months);
        WriteInteger(duration.Days);
        WriteInteger(duration.Seconds);
        WriteInteger(duration.Nanoseconds);
    }

    private void WritePoint(BoltPoint point)
    {
        WriteStructHeader(point.Z is null ? 3 : 4, point.Z is null ? StructureTag.Point2D : StructureTag.Point3D);
        WriteInteger(point.Srid);
        WriteFloat(point.X);
        WriteFloat(point.Y);
        if (point.Z is { } z)
        {
            WriteFloat(z);
        }
    }
}
