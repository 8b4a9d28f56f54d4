using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of <c>CreateOneAsync</c>/<c>CreateManyAsync</c> as a whole.</summary>
public sealed class CreateManyIndexesOptions
{
    /// <summary>Gets or sets a comment.</summary>
    public BsonValue? Comment { get; set; }

    /// <summary>Gets or sets the server-side time limit (<c>maxTimeMS</c>).</summary>
    public TimeSpan? MaxTime { get; set; }
}
