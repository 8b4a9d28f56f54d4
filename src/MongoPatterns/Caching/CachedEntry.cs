namespace MongoPatterns.Caching;

/// <summary>
/// An in-process cache entry: the result's encoded BSON (decoded into a fresh object on every hit) or, for shared or
/// immutable results, the instance itself; and the generations it was loaded under.
/// </summary>
internal sealed class CachedEntry
{
    public CachedEntry(Type resultType, byte[]? bson, object? sharedValue, GenerationSnapshot snapshot, long absoluteExpiryUnixMilliseconds, long size, Func<CachedEntry, Bson.Serialization.BsonSerializerRegistry, object> hit)
    {
        Hit = hit;
        Size = size;
        ResultType = resultType;
        Bson = bson;
        SharedValue = sharedValue;
        Snapshot = snapshot;
        AbsoluteExpiryUnixMilliseconds = absoluteExpiryUnixMilliseconds;
    }

    public Type ResultType { get; }

    /// <summary>Gets the function that makes a hit's completed task (see <see cref="CachedHit{T}"/>).</summary>
    public Func<CachedEntry, Bson.Serialization.BsonSerializerRegistry, object> Hit { get; }

    /// <summary>Gets the encoded result (<c>{ v: ... }</c>), or null when <see cref="SharedValue"/> is returned as is.</summary>
    public byte[]? Bson { get; }

    /// <summary>Gets the result instance handed out on hits when <see cref="Bson"/> is null.</summary>
    public object? SharedValue { get; }

    /// <summary>
    /// Gets or sets the completed <c>Task&lt;T&gt;</c> of <see cref="SharedValue"/>, created on the first hit and reused
    /// by later ones (a benign race may create it twice).
    /// </summary>
    public object? SharedTask { get; set; }

    public GenerationSnapshot Snapshot { get; }

    /// <summary>Gets when the entry's time to live ends (Unix milliseconds of the cache's clock).</summary>
    public long AbsoluteExpiryUnixMilliseconds { get; }

    /// <summary>Gets the size the entry is charged against the size limit.</summary>
    public long Size { get; }
}
