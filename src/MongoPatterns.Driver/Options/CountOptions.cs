using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of <c>CountDocumentsAsync</c>.</summary>
public sealed class CountOptions
{
    /// <summary>Gets or sets the collation.</summary>
    public Collation? Collation { get; set; }

    /// <summary>Gets or sets a comment.</summary>
    public BsonValue? Comment { get; set; }

    /// <summary>Gets or sets the index to use: name or key pattern.</summary>
    public BsonValue? Hint { get; set; }

    /// <summary>Gets or sets the most documents to count.</summary>
    public long? Limit { get; set; }

    /// <summary>Gets or sets the server-side time limit (<c>maxTimeMS</c>).</summary>
    public TimeSpan? MaxTime { get; set; }

    /// <summary>Gets or sets the number of matching documents to skip before counting.</summary>
    public long? Skip { get; set; }
}
