using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of <c>ListDatabasesAsync</c>.</summary>
public sealed class ListDatabasesOptions
{
    /// <summary>Gets or sets whether only databases the user may access are listed.</summary>
    public bool? AuthorizedDatabases { get; set; }

    /// <summary>Gets or sets a comment.</summary>
    public BsonValue? Comment { get; set; }

    /// <summary>Gets or sets a filter on the database descriptions, e.g. <c>{ name: /^app/ }</c>.</summary>
    public BsonDocument? Filter { get; set; }

    /// <summary>Gets or sets whether only names are returned (no sizes).</summary>
    public bool? NameOnly { get; set; }
}
