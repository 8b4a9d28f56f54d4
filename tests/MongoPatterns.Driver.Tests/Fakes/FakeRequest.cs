using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Tests.Fakes;

/// <summary>A message the fake server received: the command body and any OP_MSG document sequences.</summary>
/// <param name="ConnectionNumber">Which accepted connection (1, 2, ...) it came on.</param>
/// <param name="RequestId">The request id from the header.</param>
/// <param name="IsLegacyQuery">Whether it came as OP_QUERY (the handshake).</param>
/// <param name="Flags">The OP_MSG flag bits (0 for OP_QUERY).</param>
/// <param name="Body">The command document.</param>
/// <param name="Sequences">The document sequences by identifier.</param>
public sealed record FakeRequest(int ConnectionNumber, int RequestId, bool IsLegacyQuery, uint Flags, BsonDocument Body, IReadOnlyDictionary<string, List<BsonDocument>> Sequences)
{
    /// <summary>Gets the command name (the first field).</summary>
    public string CommandName => Body.GetElement(0).Name;

    /// <summary>Gets whether the moreToCome bit is set (no reply expected).</summary>
    public bool MoreToCome => (Flags & 2) != 0;
}
