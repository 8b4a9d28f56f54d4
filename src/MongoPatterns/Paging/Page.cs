namespace MongoPatterns.Paging;

/// <summary>One offset page of results (<c>ToPageAsync</c>).</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T>
{
    internal Page(IReadOnlyList<T> items, int pageNumber, int pageSize, long? totalCount, bool hasNextPage)
    {
        Items = items;
        PageNumber = pageNumber;
        PageSize = pageSize;
        TotalCount = totalCount;
        TotalPages = totalCount is { } total ? (int)Math.Min(int.MaxValue, (total + pageSize - 1) / pageSize) : null;
        HasNextPage = hasNextPage;
    }

    /// <summary>Gets the items of this page.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>Gets the 1-based page number.</summary>
    public int PageNumber { get; }

    /// <summary>Gets the requested page size.</summary>
    public int PageSize { get; }

    /// <summary>Gets the total number of matching items, or null when counting was <see cref="PageCountMode.None"/>.</summary>
    public long? TotalCount { get; }

    /// <summary>Gets the number of pages, or null when the total was not counted.</summary>
    public int? TotalPages { get; }

    /// <summary>Gets a value indicating whether a later page has items.</summary>
    public bool HasNextPage { get; }

    /// <summary>Gets a value indicating whether an earlier page exists (this is not the first page).</summary>
    public bool HasPreviousPage => PageNumber > 1;
}
