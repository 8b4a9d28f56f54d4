using System.Collections.Concurrent;

namespace MongoPatterns.Caching;

/// <summary>The in-process generation stamps of collections and tags (grows with the number of distinct ones).</summary>
internal sealed class GenerationStamps
{
    private readonly ConcurrentDictionary<(string Database, string Collection), GenerationCell> _collections = new();
    private readonly ConcurrentDictionary<string, GenerationCell> _tags = new(StringComparer.Ordinal);

    public GenerationCell ForCollection(string databaseName, string collectionName) =>
        _collections.GetOrAdd((databaseName, collectionName), static _ => new GenerationCell());

    public GenerationCell ForTag(string tag) => _tags.GetOrAdd(tag, static _ => new GenerationCell());
}
