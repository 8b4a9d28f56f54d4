namespace MongoPatterns.Driver.Operations;

/// <summary>
/// How many statements, and how many bytes of them, one write command may carry (from the connection's handshake:
/// <c>maxWriteBatchSize</c>, <c>maxMessageSizeBytes</c>, <c>maxBsonObjectSize</c>).
/// </summary>
/// <param name="MaxCount">The most statements per command.</param>
/// <param name="MaxPayloadSize">The most bytes of statements per command (the message size minus room for the command fields).</param>
/// <param name="MaxDocumentSize">The largest inserted document.</param>
internal readonly record struct WriteBatchLimits(int MaxCount, int MaxPayloadSize, int MaxDocumentSize)
{
    /// <summary>The room kept in a message for the command document around the statements.</summary>
    public const int CommandRoom = 16 * 1024;

    /// <summary>Derives the limits from a connection's handshake values.</summary>
    public static WriteBatchLimits From(int maxWriteBatchSize, int maxMessageSize, int maxBsonObjectSize) =>
        new(Math.Max(1, maxWriteBatchSize), Math.Max(1, maxMessageSize - CommandRoom), maxBsonObjectSize);

    /// <summary>Whether a statement of <paramref name="statementSize"/> bytes still fits into a batch of <paramref name="count"/> statements and <paramref name="payloadSize"/> bytes.</summary>
    public bool Fits(int count, int payloadSize, int statementSize) =>
        count == 0 || (count < MaxCount && (long)payloadSize + statementSize <= MaxPayloadSize);
}
