using MongoPatterns.Driver.Results;

namespace MongoPatterns.Driver;

/// <summary>The outcome of a bulk write (also the partial outcome carried by <see cref="MongoBulkWriteException"/>).</summary>
public sealed class BulkWriteResult
{
    private readonly long _insertedCount;
    private readonly long _matchedCount;
    private readonly long _modifiedCount;
    private readonly long _deletedCount;
    private readonly IReadOnlyList<BulkWriteUpsert> _upserts;

    private BulkWriteResult(bool isAcknowledged, int requestCount, long insertedCount, long matchedCount, long modifiedCount, long deletedCount, IReadOnlyList<BulkWriteUpsert> upserts)
    {
        IsAcknowledged = isAcknowledged;
        RequestCount = requestCount;
        _insertedCount = insertedCount;
        _matchedCount = matchedCount;
        _modifiedCount = modifiedCount;
        _deletedCount = deletedCount;
        _upserts = upserts;
    }

    /// <summary>Gets a value indicating whether the server acknowledged the writes; when not, the counts are unavailable.</summary>
    public bool IsAcknowledged { get; }

    /// <summary>Gets the number of requests given to the bulk write.</summary>
    public int RequestCount { get; }

    /// <summary>Gets the number of documents inserted by insert requests.</summary>
    /// <exception cref="InvalidOperationException">The writes were unacknowledged.</exception>
    public long InsertedCount => AcknowledgementGuard.Get(IsAcknowledged, _insertedCount, nameof(InsertedCount));

    /// <summary>Gets the number of documents matched by update and replace requests.</summary>
    /// <exception cref="InvalidOperationException">The writes were unacknowledged.</exception>
    public long MatchedCount => AcknowledgementGuard.Get(IsAcknowledged, _matchedCount, nameof(MatchedCount));

    /// <summary>Gets the number of documents changed by update and replace requests.</summary>
    /// <exception cref="InvalidOperationException">The writes were unacknowledged.</exception>
    public long ModifiedCount => AcknowledgementGuard.Get(IsAcknowledged, _modifiedCount, nameof(ModifiedCount));

    /// <summary>Gets the number of documents deleted by delete requests.</summary>
    /// <exception cref="InvalidOperationException">The writes were unacknowledged.</exception>
    public long DeletedCount => AcknowledgementGuard.Get(IsAcknowledged, _deletedCount, nameof(DeletedCount));

    /// <summary>Gets the documents inserted by upserts, with the index of their request.</summary>
    /// <exception cref="InvalidOperationException">The writes were unacknowledged.</exception>
    public IReadOnlyList<BulkWriteUpsert> Upserts => AcknowledgementGuard.Get(IsAcknowledged, _upserts, nameof(Upserts));

    /// <summary>Creates the result of acknowledged writes.</summary>
    /// <param name="requestCount">The number of requests.</param>
    /// <param name="insertedCount">The number of inserted documents.</param>
    /// <param name="matchedCount">The number of matched documents.</param>
    /// <param name="modifiedCount">The number of modified documents.</param>
    /// <param name="deletedCount">The number of deleted documents.</param>
    /// <param name="upserts">The upserts.</param>
    /// <returns>The result.</returns>
    public static BulkWriteResult Acknowledged(int requestCount, long insertedCount, long matchedCount, long modifiedCount, long deletedCount, IReadOnlyList<BulkWriteUpsert> upserts)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        return new BulkWriteResult(true, requestCount, insertedCount, matchedCount, modifiedCount, deletedCount, upserts);
    }

    /// <summary>Creates the result of unacknowledged (<c>w: 0</c>) writes.</summary>
    /// <param name="requestCount">The number of requests.</param>
    /// <returns>The result.</returns>
    public static BulkWriteResult Unacknowledged(int requestCount) => new(false, requestCount, 0, 0, 0, 0, []);
}
