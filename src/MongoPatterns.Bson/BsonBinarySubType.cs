namespace MongoPatterns.Bson;

/// <summary>The subtype byte of a BSON binary value.</summary>
public enum BsonBinarySubType : byte
{
    /// <summary>Generic binary data (0x00).</summary>
    Binary = 0x00,

    /// <summary>A function (0x01).</summary>
    Function = 0x01,

    /// <summary>The deprecated old binary format, which repeats the length inside the payload (0x02).</summary>
    OldBinary = 0x02,

    /// <summary>A UUID in a driver-specific legacy byte order (0x03).</summary>
    UuidLegacy = 0x03,

    /// <summary>A UUID in the standard RFC 4122 byte order (0x04).</summary>
    UuidStandard = 0x04,

    /// <summary>An MD5 digest (0x05).</summary>
    Md5 = 0x05,

    /// <summary>Client-side encrypted data (0x06).</summary>
    Encrypted = 0x06,

    /// <summary>Compressed time-series column data (0x07).</summary>
    Column = 0x07,

    /// <summary>Sensitive data that must not be logged (0x08).</summary>
    Sensitive = 0x08,

    /// <summary>A packed vector of numbers (0x09).</summary>
    Vector = 0x09,

    /// <summary>The first user-defined subtype (0x80); values 0x80-0xFF are user defined.</summary>
    UserDefined = 0x80,
}
