using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Caching;

/// <summary>
/// Turns a cache entry of a <typeparamref name="T"/> result into the completed <c>Task&lt;T&gt;</c> a hit returns, so
/// that the hit path itself needs no type parameter: a shared instance's task is created once and kept with the entry
/// (such hits allocate nothing); otherwise a fresh object is decoded from the cached BSON.
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
internal static class CachedHit<T>
{
    /// <summary>Gets the factory stored with every entry of a <typeparamref name="T"/> result.</summary>
    public static Func<CachedEntry, BsonSerializerRegistry, object> Factory { get; } = Create;

    private static Task<T> Create(CachedEntry entry, BsonSerializerRegistry registry)
    {
        if (entry.Bson is not null)
        {
            return Task.FromResult(ResultCodec<T>.Decode(entry.Bson, registry));
        }

        if (entry.SharedTask is Task<T> task)
        {
            return task;
        }

        task = Task.FromResult((T)entry.SharedValue!);
        entry.SharedTask = task;
        return task;
    }
}
