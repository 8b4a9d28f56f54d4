using System.Runtime.CompilerServices;

namespace MongoPatterns.Driver;

/// <summary>Runs a cursor source (e.g. a fluent find) and reads its cursor: to a list, the first or single document, one by one.</summary>
public static class AsyncCursorSourceExtensions
{
    /// <summary>Runs the query and reads every document into a list.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The documents.</returns>
    public static async Task<List<T>> ToListAsync<T>(this IAsyncCursorSource<T> source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var cursor = await source.ToCursorAsync(cancellationToken).ConfigureAwait(false);
        return await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the query and returns the first document, or the default value.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The first document or default.</returns>
    public static async Task<T?> FirstOrDefaultAsync<T>(this IAsyncCursorSource<T> source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var cursor = await source.ToCursorAsync(cancellationToken).ConfigureAwait(false);
        return await cursor.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the query and returns the documents one by one.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="source">The query.</param>
    /// <returns>The documents; the query runs when enumeration starts.</returns>
    public static IAsyncEnumerable<T> ToAsyncEnumerable<T>(this IAsyncCursorSource<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerate(source, CancellationToken.None);
    }

    /// <summary>Lets <c>await foreach</c> run and read a cursor source directly.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="cancellationToken">Cancels the query and reading.</param>
    /// <returns>The enumerator.</returns>
    public static IAsyncEnumerator<T> GetAsyncEnumerator<T>(this IAsyncCursorSource<T> source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerate(source, CancellationToken.None).GetAsyncEnumerator(cancellationToken);
    }

    private static async IAsyncEnumerable<T> Enumerate<T>(IAsyncCursorSource<T> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = await source.ToCursorAsync(cancellationToken).ConfigureAwait(false);
        await using (cursor.ConfigureAwait(false))
        {
            while (await cursor.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var item in cursor.Current)
                {
                    yield return item;
                }
            }
        }
    }
}
