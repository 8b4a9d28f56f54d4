using MongoPatterns.Bson;
using MongoPatterns.Driver.Results;

namespace MongoPatterns.Driver;

/// <summary>The outcome of a replace.</summary>
public sealed class ReplaceOneResult
{
    private readonly long _matchedCount;
    private readonly long _modifiedCount;

    private ReplaceOneResult(bool isAcknowledged, long matchedCount, long modifiedCount, BsonValue? upsertedId)
    {
        IsAcknowledged = isAcknowledged;
        _matchedCount = matchedCount;
        _modifiedCount = modifiedCount;
        UpsertedId = upsertedId;
    }

    /// <summary>Gets the result of an unacknowledged (<c>w: 0</c>) write.</summary>
    public static ReplaceOneResult Unacknowledged { get; } = new(false, 0, 0, null);

    /// <summary>Gets a value indicating whether the server acknowledged the write; when not, the counts are unavailable.</summary>
    public bool IsAcknowledged { get; }

    /// <summary>Gets the number of documents the filter matched.</summary>
    /// <exception cref="InvalidOperationException">The write was unacknowledged.</exception>
    public long MatchedCount => AcknowledgementGuard.Get(IsAcknowledged, _matchedCount, nameof(MatchedCount));

    /// <summary>Gets the number of documents actually changed (a document set to its current values is matched but not modified).</summary>
    /// <exception cref="InvalidOperationException">The write was unacknowledged.</exception>
    public long ModifiedCount => AcknowledgementGuard.Get(IsAcknowledged, _modifiedCount, nameof(ModifiedCount));

    /// <summary>Gets the <c>_id</c> of the document inserted by an upsert, or <see langword="null"/> when nothing was upserted.</summary>
    public BsonValue? UpsertedId { get; }

    /// <summary>Creates the result of an acknowledged write.</summary>
    /// <param name="matchedCount">The number of matched documents.</param>
    /// <param name="modifiedCount">The number of modified documents.</param>
    /// <param name="upsertedId">The upserted <c>_id</c>, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public static ReplaceOneResult Acknowledged(long matchedCount, long modifiedCount, BsonValue? upsertedId) => new(true, matchedCount, modifiedCount, upsertedId);
}
