using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of <c>DeleteOneAsync</c> and <c>DeleteManyAsync</c>.</summary>
public sealed class DeleteOptions
{
    /// <summary>Gets or sets the collation.</summary>
    public Collation? Collation { get; set; }

    /// <summary>Gets or sets a comment.</summary>
    public BsonValue? Comment { get; set; }

    /// <summary>Gets or sets the index to use: name or key pattern.</summary>
    public BsonValue? Hint { get; set; }

    /// <summary>Gets or sets variables usable with <c>$$name</c>.</summary>
    public BsonDocument? Let { get; set; }
}
