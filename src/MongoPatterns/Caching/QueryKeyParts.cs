using MongoPatterns.Bson;

namespace MongoPatterns.Caching;

/// <summary>Everything that makes two find queries return the same results: hashed into a query's cache key.</summary>
/// <param name="DatabaseName">The database name.</param>
/// <param name="CollectionName">The collection name.</param>
/// <param name="ResultType">The .NET type results are read as (after projection).</param>
/// <param name="Filter">The rendered filter, including any soft-delete clause; null means <c>{}</c>.</param>
/// <param name="Sort">The rendered sort; null means none.</param>
/// <param name="Projection">The rendered projection; null means none.</param>
/// <param name="Skip">The number of documents skipped, if set.</param>
/// <param name="Limit">The limit, if set.</param>
/// <param name="IncludeDeleted">Whether soft-deleted documents are included.</param>
internal readonly record struct QueryKeyParts(
    string DatabaseName,
    string CollectionName,
    Type ResultType,
    BsonDocument? Filter,
    BsonDocument? Sort,
    BsonDocument? Projection,
    int? Skip,
    int? Limit,
    bool IncludeDeleted);
