namespace MongoPatterns.Paging;

/// <summary>One keyset page of results (<c>ToKeysetPageAsync</c>).</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class KeysetPage<T>
{
    internal KeysetPage(IReadOnlyList<T> items, string? nextToken)
    {
        Items = items;
        NextToken = nextToken;
    }

    /// <summary>Gets the items of this page.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>Gets the opaque, URL-safe, signed token of the next page, or null when this is the last page.</summary>
    public string? NextToken { get; }

    /// <summary>Gets a value indicating whether there are more items after this page.</summary>
    public bool HasMore => NextToken is not null;
}
