using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Tests.Fakes;

/// <summary>What the fake server does with a request: answer with a document, close the connection, or stay silent.</summary>
public sealed record FakeReply
{
    /// <summary>Gets the reply document, when answering.</summary>
    public BsonDocument? Document { get; init; }

    /// <summary>Gets whether the connection is closed instead of answering.</summary>
    public bool CloseConnection { get; init; }

    /// <summary>Gets whether no reply is sent (the client waits until it gives up).</summary>
    public bool Silent { get; init; }

    /// <summary>Gets whether the reply carries a CRC-32C checksum, and whether that checksum is deliberately wrong.</summary>
    public ChecksumMode Checksum { get; init; }

    /// <summary>Answers with a document.</summary>
    public static FakeReply With(BsonDocument document) => new() { Document = document };

    /// <summary>Closes the connection.</summary>
    public static FakeReply Close() => new() { CloseConnection = true };

    /// <summary>Never answers.</summary>
    public static FakeReply Never() => new() { Silent = true };

    /// <summary>How the reply's checksum is written.</summary>
    public enum ChecksumMode
    {
        /// <summary>No checksum.</summary>
        None,

        /// <summary>A correct checksum.</summary>
        Valid,

        /// <summary>A wrong checksum.</summary>
        Corrupt,
    }
}
