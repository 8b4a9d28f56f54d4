using MongoPatterns.Paging;

namespace MongoPatterns.Samples.WebApi.Responses;

/// <summary>The metadata of an offset page (<c>?page=&amp;limit=</c>).</summary>
/// <param name="Total">The number of matching items.</param>
/// <param name="Page">The 1-based page number.</param>
/// <param name="Limit">The page size.</param>
/// <param name="TotalPages">The number of pages.</param>
/// <param name="HasNextPage">Whether a later page has items.</param>
/// <param name="HasPrevPage">Whether this is not the first page.</param>
public sealed record PageMetadata(long Total, int Page, int Limit, int TotalPages, bool HasNextPage, bool HasPrevPage)
{
    /// <summary>Builds the metadata of a page read with <c>ToPageAsync</c>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="page">The page.</param>
    /// <returns>The metadata.</returns>
    public static PageMetadata From<T>(Page<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(page.TotalCount ?? 0, page.PageNumber, page.PageSize, page.TotalPages ?? 0, page.HasNextPage, page.HasPreviousPage);
    }
}
