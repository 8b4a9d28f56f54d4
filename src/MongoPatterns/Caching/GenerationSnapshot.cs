namespace MongoPatterns.Caching;

/// <summary>
/// The generations an entry was loaded under: its collection's and its tags' in-process generations and, with a
/// distributed cache, their shared tokens (random numbers rewritten on every invalidation; 0 when none is stored).
/// An entry is valid only while the current snapshot matches the one it was loaded under.
/// </summary>
internal readonly struct GenerationSnapshot
{
    public GenerationSnapshot(long collection, long[]? tags)
    {
        Collection = collection;
        Tags = tags;
    }

    private GenerationSnapshot(long collection, long[]? tags, long collectionToken, long[]? tagTokens)
        : this(collection, tags)
    {
        CollectionToken = collectionToken;
        TagTokens = tagTokens;
    }

    public long Collection { get; }

    public long[]? Tags { get; }

    public long CollectionToken { get; }

    public long[]? TagTokens { get; }

    public GenerationSnapshot WithTokens(long collectionToken, long[]? tagTokens) =>
        new(Collection, Tags, collectionToken, tagTokens);

    public bool LocalMatches(in GenerationSnapshot other) =>
        Collection == other.Collection && Same(Tags, other.Tags);

    public bool TokensMatch(in GenerationSnapshot other) =>
        CollectionToken == other.CollectionToken && Same(TagTokens, other.TagTokens);

    private static bool Same(long[]? left, long[]? right) =>
        ReferenceEquals(left, right) || left.AsSpan().SequenceEqual(right.AsSpan());
}
