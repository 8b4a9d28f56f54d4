using MongoPatterns.Repositories;

namespace MongoPatterns.Caching;

/// <summary>Invalidates a collection's cached queries after every repository write, before the write call returns.</summary>
internal sealed class QueryCacheWriteObserver(QueryCacheEngine engine) : IRepositoryWriteObserver
{
    // The write has happened: the invalidation must reach the distributed cache even if the caller gives up now.
    public ValueTask OnWrittenAsync(string databaseName, string collectionName, CancellationToken cancellationToken) =>
        engine.InvalidateCollectionAsync(databaseName, collectionName, CancellationToken.None);
}
