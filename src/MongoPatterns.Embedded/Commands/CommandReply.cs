using MongoPatterns.Bson.IO;
using MongoPatterns.Embedded.Wire;

namespace MongoPatterns.Embedded.Commands;

/// <summary>What a command answers; written straight into the reply buffer.</summary>
internal abstract class CommandReply : IReplyBody
{
    /// <summary>Gets a value indicating whether the reply reports success (<c>ok: 1</c>).</summary>
    public abstract bool IsSuccess { get; }

    /// <inheritdoc />
    public abstract void WriteBody(BsonBinaryWriter writer);
}
