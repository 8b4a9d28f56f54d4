namespace MongoPatterns.Repositories;

/// <summary>
/// Integration seam: told after every repository write completes (insert, insert many, replace, update, update many,
/// upsert, delete, delete many, bulk write), for example to invalidate cached queries of the collection. Every
/// registered implementation is called, in registration order; none is registered by default.
/// </summary>
internal interface IRepositoryWriteObserver
{
    /// <summary>Called after a write to <paramref name="collectionName"/> in <paramref name="databaseName"/> (the server-side database name).</summary>
    ValueTask OnWrittenAsync(string databaseName, string collectionName, CancellationToken cancellationToken);
}
