namespace Graph.Bolt.PackStream;

/// <summary>PackStream v1 marker bytes (https://neo4j.com/docs/bolt/current/packstream/#data-types).</summary>
internal static class Marker
{
    public const byte Null = 0xC0;
    public const byte Float64 = 0xC1;
    public const byte False = 0xC2;
    public const byte True = 0xC3;
    public const byte Int8 = 0xC8;
    public const byte Int16 = 0xC9;
    public const byte Int32 = 0xCA;
    public const byte Int64 = 0xCB;
    public const byte Bytes8 = 0xCC;
    public const byte Bytes16 = 0xCD;
    public const byte Bytes32 = 0xCE;
    public const byte String8 = 0xD0;
    public const byte String16 = 0xD1;
    public const byte String32 = 0xD2;
    public const byte List8 = 0xD4;
    public const byte List16 = 0xD5;
    public const byte List32 = 0xD6;
    public const byte Map8 = 0xD8;
    public const byte Map16 = 0xD9;
    public const byte Map32 = 0xDA;

    /// <summary>High nibble 8: strings of 0-15 UTF-8 bytes (#data-type-string).</summary>
    public const byte TinyString = 0x80;

    /// <summary>High nibble 9: lists of 0-15 items (#data-type-list).</summary>
    public const byte TinyList = 0x90;

    /// <summary>High nibble A: dictionaries of 0-15 entries (#data-type-dictionary).</summary>
    public const byte TinyMap = 0xA0;

    /// <summary>High nibble B: structures of 0-15 fields; there are no larger structures (#data-type-structure).</summary>
    public const byte TinyStruct = 0xB0;

    /// <summary>Sizes below this fit in the marker's low nibble.</summary>
    public const int TinySizeLimit = 0x10;

    /// <summary>TINY_INT covers -16..127 in the marker byte itself (#data-type-integer).</summary>
    public const int TinyIntMin = -16;

    public const int TinyIntMax = 127;
}
