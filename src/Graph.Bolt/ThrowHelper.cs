using System.Globalization;

namespace Graph.Bolt;

/// <summary>Exceptions of the cold paths.</summary>
internal static class ThrowHelper
{
    public static BoltProtocolException Truncated() => new("The message ended in the middle of a value.");

    public static BoltProtocolException UnexpectedMarker(byte marker, string expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Expected {expected} but found marker 0x{marker:X2}."));

    public static BoltProtocolException SizeTooLarge(uint size) =>
        new(string.Create(CultureInfo.InvariantCulture, $"A size of {size} exceeds PackStream's limit of 2147483647."));

    public static BoltProtocolException WrongFieldCount(byte tag, int fields) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Structure 0x{tag:X2} cannot have {fields} fields."));

    public static BoltProtocolException Malformed(string what) => new($"Malformed message: {what}.");

    public static ArgumentException TooManyStructureFields(int fields) =>
        new(string.Create(CultureInfo.InvariantCulture, $"A structure has 0 to 15 fields, not {fields}."), nameof(fields));

    public static ArgumentException Unpackable(object? value, string reason) =>
        new($"Cannot send a value of type {value?.GetType().Name ?? "null"} over Bolt: {reason}.", nameof(value));
}
