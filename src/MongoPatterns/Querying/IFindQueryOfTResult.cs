using System.Linq.Expressions;
using MongoPatterns.Driver;
using MongoPatterns.Paging;

namespace MongoPatterns.Querying;

/// <summary>A fluent, immutable query over an entity collection whose results are <typeparamref name="TResult"/>.</summary>
/// <typeparam name="T">The entity type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
public interface IFindQuery<T, TResult>
    where T : class
{
    /// <summary>Adds a filter (combined with AND).</summary>
    /// <param name="filter">The predicate, translated to a MongoDB filter.</param>
    /// <returns>The new query.</returns>
    IFindQuery<T, TResult> Where(Expression<Func<T, bool>> filter);

    /// <summary>Adds a filter (combined with AND).</summary>
    /// <param name="filter">The filter definition.</param>
    /// <returns>The new query.</returns>
    IFindQuery<T, TResult> Where(FilterDefinition<T> filter);

    /// <summary>Sorts ascending by a member, replacing any previous sort.</summary>
    /// <param name="field">The member.</param>
    /// <returns>The new query.</returns>
    IFindQuery<T, TResult> SortBy(Expression<Func<T, object?>> field);

    /// <summary>Sorts descending by a member, replacing any previous sort.</summary>
    /// <param name="field">The member.</param>
    /// <returns>The new query.</returns>
    IFindQuery<T, TResult> SortByDescending(Expression<Func<T, object?>> field);

    /// <summary>Adds an ascending secondary sort key.</summary>
    /// <param name="field">The member.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="InvalidOperationException">No sort was set with SortBy/SortByDescending.</exception>
    IFindQuery<T, TResult> ThenBy(Expression<Func<T, object?>> field);

    /// <summary>Adds a descending secondary sort key.</summary>
    /// <param name="field">The member.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="InvalidOperationException">No sort was set with SortBy/SortByDescending.</exception>
    IFindQuery<T, TResult> ThenByDescending(Expression<Func<T, object?>> field);

    /// <summary>Skips the first <paramref name="count"/> results.</summary>
    /// <param name="count">How many to skip.</param>
    /// <returns>The new query.</returns>
    IFindQuery<T, TResult> Skip(int count);

    /// <summary>Returns at most <paramref name="count"/> results (a deliberate bound: limited queries are not checked against MaxResults).</summary>
    /// <param name="count">The most results to return.</param>
    /// <returns>The new query.</returns>
    IFindQuery<T, TResult> Limit(int count);

    /// <summary>Includes soft-deleted entities.</summary>
    /// <returns>The new query.</returns>
    IFindQuery<T, TResult> IncludeDeleted();

    /// <summary>
    /// Runs the query and returns all results. Without <see cref="Limit"/>, more than <c>MongoPatterns:MaxResults</c>
    /// results throw <see cref="Exceptions.MaxResultsExceededException"/> instead of being silently truncated.
    /// </summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The results.</returns>
    Task<IReadOnlyList<TResult>> ToListAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the first result, or the default value when there is none.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The first result or default.</returns>
    Task<TResult?> FirstOrDefaultAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the only result, or the default value when there is none.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The only result or default.</returns>
    /// <exception cref="InvalidOperationException">More than one entity matches.</exception>
    Task<TResult?> SingleOrDefaultAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns whether any entity matches.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Whether any entity matches.</returns>
    Task<bool> AnyAsync(CancellationToken cancellationToken = default);

    /// <summary>Counts the matching entities (respecting Skip and Limit).</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The count.</returns>
    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the results batch by batch from a server cursor. Not capped by MaxResults: streaming everything is a
    /// deliberate choice. Not routed through query caching.
    /// </summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The results as they arrive.</returns>
    IAsyncEnumerable<TResult> AsAsyncEnumerable(CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads one offset page (Skip and Limit of the query are replaced). Unsorted queries are paged in <c>_id</c> order;
    /// when sorting by non-unique keys, add <c>ThenBy(x =&gt; x.Id)</c> so pages are deterministic (an index on the same
    /// keys serves the sort). Cost grows with depth; prefer keyset paging for deep or infinite lists.
    /// </summary>
    /// <param name="pageNumber">The 1-based page number.</param>
    /// <param name="pageSize">The page size (1 to <c>MongoPatterns:Paging:MaxPageSize</c>).</param>
    /// <param name="countMode">How to count the total (default: <c>MongoPatterns:Paging:DefaultCountMode</c>).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page number or size is out of range.</exception>
    Task<Page<TResult>> ToPageAsync(int pageNumber, int pageSize, PageCountMode? countMode = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads one keyset page: the results after the position encoded in <paramref name="continuationToken"/> (null for
    /// the first page), in the query's sort order with <c>_id</c> as the tiebreaker. Cost does not grow with depth, and
    /// pages stay consistent when entities are inserted or deleted between requests. Skip and Limit are ignored.
    /// Projected queries work too: the sort keys are read beside the projected fields.
    /// </summary>
    /// <param name="continuationToken">The previous page's <see cref="KeysetPage{T}.NextToken"/>, or null for the first page.</param>
    /// <param name="pageSize">The page size (1 to <c>MongoPatterns:Paging:MaxPageSize</c>).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The page.</returns>
    /// <exception cref="Exceptions.InvalidContinuationTokenException">The token is malformed, tampered with, or minted for another query.</exception>
    Task<KeysetPage<TResult>> ToKeysetPageAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken = default);
}
