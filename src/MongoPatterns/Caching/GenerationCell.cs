namespace MongoPatterns.Caching;

/// <summary>A monotonically increasing in-process generation stamp of a collection or tag; bumped on every invalidation.</summary>
internal sealed class GenerationCell
{
    private long _value;

    /// <summary>Gets the current generation.</summary>
    public long Value => Volatile.Read(ref _value);

    /// <summary>Starts a new generation: entries stamped with an older one are no longer valid.</summary>
    public void Bump() => Interlocked.Increment(ref _value);
}
