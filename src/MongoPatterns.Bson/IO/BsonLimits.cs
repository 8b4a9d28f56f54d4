namespace MongoPatterns.Bson.IO;

/// <summary>Defaults and bounds shared by <see cref="BsonReaderSettings"/> and <see cref="BsonWriterSettings"/>.</summary>
internal static class BsonLimits
{
    /// <summary>MongoDB's maximum BSON document size: 16 MiB.</summary>
    public const int DefaultMaxDocumentSize = 16 * 1024 * 1024;

    /// <summary>The default maximum nesting depth (the top-level document counts as 1).</summary>
    public const int DefaultMaxDepth = 100;

    /// <summary>The highest configurable depth; deeper recursion would risk the stack.</summary>
    public const int MaxConfigurableDepth = 1000;

    /// <summary>The smallest document: a 4-byte length and the terminating 0x00.</summary>
    public const int MinDocumentSize = 5;

    public static int ValidateMaxDocumentSize(int value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, MinDocumentSize, name);
        return value;
    }

    public static int ValidateMaxDepth(int value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxConfigurableDepth, name);
        return value;
    }
}
