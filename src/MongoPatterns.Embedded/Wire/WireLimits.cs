namespace MongoPatterns.Embedded.Wire;

/// <summary>The size limits a MongoDB 7.0 server advertises and enforces.</summary>
internal static class WireLimits
{
    /// <summary>The largest message, header included (<c>maxMessageSizeBytes</c>).</summary>
    public const int MaxMessageSizeBytes = 48_000_000;

    /// <summary>The largest document a client may store (<c>maxBsonObjectSize</c>).</summary>
    public const int MaxBsonObjectSize = 16 * 1024 * 1024;

    /// <summary>The largest command document: a stored document plus room for the command envelope (16 MiB + 16 KiB).</summary>
    public const int MaxCommandSize = MaxBsonObjectSize + (16 * 1024);

    /// <summary>The most write operations in one insert/update/delete command (<c>maxWriteBatchSize</c>).</summary>
    public const int MaxWriteBatchSize = 100_000;

    /// <summary>The size of the standard message header.</summary>
    public const int HeaderLength = 16;

    /// <summary>The deepest nesting accepted in a command (MongoDB's wire limit).</summary>
    public const int MaxCommandDepth = 200;
}
