using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of <c>DistinctAsync</c>.</summary>
public sealed class DistinctOptions
{
    /// <summary>Gets or sets the collation.</summary>
    public Collation? Collation { get; set; }

    /// <summary>Gets or sets a comment.</summary>
    public BsonValue? Comment { get; set; }

    /// <summary>Gets or sets the index to use: name or key pattern (MongoDB 7.1+; older servers reject it).</summary>
    public BsonValue? Hint { get; set; }

    /// <summary>Gets or sets the server-side time limit (<c>maxTimeMS</c>).</summary>
    public TimeSpan? MaxTime { get; set; }
}
