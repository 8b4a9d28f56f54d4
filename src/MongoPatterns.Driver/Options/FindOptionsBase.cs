using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of a find that do not depend on the document type.</summary>
public abstract class FindOptionsBase
{
    /// <summary>Gets or sets whether the server may write temporary data to disk for large sorts.</summary>
    public bool? AllowDiskUse { get; set; }

    /// <summary>Gets or sets whether a sharded query returns partial results when some shards are unavailable.</summary>
    public bool? AllowPartialResults { get; set; }

    /// <summary>Gets or sets the number of documents per batch (the first and each getMore).</summary>
    public int? BatchSize { get; set; }

    /// <summary>Gets or sets the collation.</summary>
    public Collation? Collation { get; set; }

    /// <summary>Gets or sets a comment shown in the server's logs and profiler.</summary>
    public BsonValue? Comment { get; set; }

    /// <summary>Gets or sets whether the cursor is tailable.</summary>
    public CursorType CursorType { get; set; }

    /// <summary>Gets or sets the index to use: its name (string) or its key pattern (document).</summary>
    public BsonValue? Hint { get; set; }

    /// <summary>Gets or sets variables usable in the filter with <c>$$name</c> (MongoDB 5.0+).</summary>
    public BsonDocument? Let { get; set; }

    /// <summary>Gets or sets the exclusive upper bound of the index keys to scan (requires <see cref="Hint"/>).</summary>
    public BsonDocument? Max { get; set; }

    /// <summary>Gets or sets how long a getMore of a <see cref="CursorType.TailableAwait"/> cursor waits for new documents.</summary>
    public TimeSpan? MaxAwaitTime { get; set; }

    /// <summary>Gets or sets the server-side time limit of the find (<c>maxTimeMS</c>).</summary>
    public TimeSpan? MaxTime { get; set; }

    /// <summary>Gets or sets the inclusive lower bound of the index keys to scan (requires <see cref="Hint"/>).</summary>
    public BsonDocument? Min { get; set; }

    /// <summary>Gets or sets whether the server keeps an idle cursor open beyond its 10-minute timeout.</summary>
    public bool? NoCursorTimeout { get; set; }

    /// <summary>Gets or sets whether only the index keys are returned.</summary>
    public bool? ReturnKey { get; set; }

    /// <summary>Gets or sets whether each document includes its record id (<c>$recordId</c>).</summary>
    public bool? ShowRecordId { get; set; }
}
