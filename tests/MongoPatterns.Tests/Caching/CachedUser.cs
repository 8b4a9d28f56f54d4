namespace MongoPatterns.Tests.Caching;

/// <summary>A mutable entity for cache tests.</summary>
public sealed class CachedUser
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public int Age { get; set; }

    public List<string> Tags { get; set; } = [];
}
