namespace MongoPatterns.Driver.Core.WireProtocol;

/// <summary>The <c>flagBits</c> of an OP_MSG.</summary>
[Flags]
internal enum OpMsgFlags : uint
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>The message ends with a CRC-32C checksum.</summary>
    ChecksumPresent = 1 << 0,

    /// <summary>The sender will not wait for a reply (unacknowledged writes) or will send another message (exhaust).</summary>
    MoreToCome = 1 << 1,

    /// <summary>The client accepts several replies to one request (exhaust cursors).</summary>
    ExhaustAllowed = 1 << 16,
}
