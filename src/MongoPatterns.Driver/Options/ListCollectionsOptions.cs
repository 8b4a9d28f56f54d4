using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of <c>ListCollectionsAsync</c>.</summary>
public sealed class ListCollectionsOptions
{
    /// <summary>Gets or sets whether only collections the user may access are listed.</summary>
    public bool? AuthorizedCollections { get; set; }

    /// <summary>Gets or sets the number of results per batch.</summary>
    public int? BatchSize { get; set; }

    /// <summary>Gets or sets a comment.</summary>
    public BsonValue? Comment { get; set; }

    /// <summary>Gets or sets a filter on the collection descriptions, e.g. <c>{ name: "users" }</c>.</summary>
    public BsonDocument? Filter { get; set; }
}
