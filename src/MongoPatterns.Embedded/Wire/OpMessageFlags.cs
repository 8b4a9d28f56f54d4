namespace MongoPatterns.Embedded.Wire;

/// <summary>The <c>flagBits</c> of an OP_MSG.</summary>
[Flags]
internal enum OpMessageFlags : uint
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>A CRC-32C checksum follows the sections.</summary>
    ChecksumPresent = 1,

    /// <summary>The sender will send another message without waiting for a reply (no reply is sent for a request).</summary>
    MoreToCome = 2,

    /// <summary>The client accepts exhaust replies (optional bit; this server never streams).</summary>
    ExhaustAllowed = 1 << 16,
}
