using System.Runtime.CompilerServices;
using MongoPatterns.Bson;

namespace MongoPatterns.Querying;

/// <summary>A read of one entity by id (<c>GetByIdAsync</c>), as the interceptor sees it.</summary>
internal readonly struct GetByIdModel
{
    public GetByIdModel(string databaseName, string collectionName, Type entityType, BsonValue id, object? cachePolicy, StrongBox<object?> interceptorState)
    {
        DatabaseName = databaseName;
        CollectionName = collectionName;
        EntityType = entityType;
        Id = id;
        CachePolicy = cachePolicy;
        InterceptorState = interceptorState;
    }

    /// <summary>Gets the server-side database name.</summary>
    public string DatabaseName { get; }

    /// <summary>Gets the collection name.</summary>
    public string CollectionName { get; }

    /// <summary>Gets the entity type (also the result type).</summary>
    public Type EntityType { get; }

    /// <summary>Gets the id, as stored.</summary>
    public BsonValue Id { get; }

    /// <summary>Gets the cache policy passed with the read (opaque here), or null.</summary>
    public object? CachePolicy { get; }

    /// <summary>Gets a slot, one per repository, where the interceptor keeps what it computes once per collection.</summary>
    public StrongBox<object?> InterceptorState { get; }
}
