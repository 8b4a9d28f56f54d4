using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of <c>ListCollectionNamesAsync</c>.</summary>
public sealed class ListCollectionNamesOptions
{
    /// <summary>Gets or sets whether only collections the user may access are listed.</summary>
    public bool? AuthorizedCollections { get; set; }

    /// <summary>Gets or sets a comment.</summary>
    public BsonValue? Comment { get; set; }

    /// <summary>Gets or sets a filter on the collection descriptions (only <c>name</c> and <c>type</c> are reliable).</summary>
    public BsonDocument? Filter { get; set; }
}
