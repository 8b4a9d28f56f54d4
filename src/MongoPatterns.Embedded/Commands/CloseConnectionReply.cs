using MongoPatterns.Bson.IO;

namespace MongoPatterns.Embedded.Commands;

/// <summary>Not a reply: tells the connection to close without answering (the <c>closeConnection</c> fail point).</summary>
internal sealed class CloseConnectionReply : CommandReply
{
    /// <summary>Gets the instance.</summary>
    public static CloseConnectionReply Instance { get; } = new();

    /// <inheritdoc />
    public override bool IsSuccess => false;

    /// <inheritdoc />
    public override void WriteBody(BsonBinaryWriter writer) => throw new InvalidOperationException("A close request has no body.");
}
