using System.Runtime.CompilerServices;

namespace MongoPatterns.Driver;

/// <summary>Reads cursors: to a list, the first or single document, one by one with <c>await foreach</c>. Each method disposes the cursor.</summary>
public static class AsyncCursorExtensions
{
    /// <summary>Reads every document into a list.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="cursor">The cursor.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The documents.</returns>
    public static async Task<List<T>> ToListAsync<T>(this IAsyncCursor<T> cursor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        await using (cursor.ConfigureAwait(false))
        {
            var list = new List<T>();
            while (await cursor.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                list.AddRange(cursor.Current);
            }

            return list;
        }
    }

    /// <summary>Returns the first document, or the default value when there is none.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="cursor">The cursor.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The first document or default.</returns>
    public static async Task<T?> FirstOrDefaultAsync<T>(this IAsyncCursor<T> cursor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        await using (cursor.ConfigureAwait(false))
        {
            while (await cursor.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var item in cursor.Current)
                {
                    return item;
                }
            }

            return default;
        }
    }

    /// <summary>Returns the first document.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="cursor">The cursor.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The first document.</returns>
    /// <exception cref="InvalidOperationException">The cursor is empty.</exception>
    public static async Task<T> FirstAsync<T>(this IAsyncCursor<T> cursor, CancellationToken cancellationToken = default)
    {
        var (found, item) = await TryFirstAsync(cursor, cancellationToken).ConfigureAwait(false);
        return found ? item! : throw new InvalidOperationException("The query returned no document.");
    }

    /// <summary>Returns the only document, or the default value when there is none.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="cursor">The cursor.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The document or default.</returns>
    /// <exception cref="InvalidOperationException">The cursor holds more than one document.</exception>
    public static async Task<T?> SingleOrDefaultAsync<T>(this IAsyncCursor<T> cursor, CancellationToken cancellationToken = default)
    {
        var (count, item) = await CountUpToTwoAsync(cursor, cancellationToken).ConfigureAwait(false);
        return count switch
        {
            0 => default,
            1 => item,
            _ => throw new InvalidOperationException("The query returned more than one document."),
        };
    }

    /// <summary>Returns the only document.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="cursor">The cursor.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidOperationException">The cursor holds no document or more than one.</exception>
    public static async Task<T> SingleAsync<T>(this IAsyncCursor<T> cursor, CancellationToken cancellationToken = default)
    {
        var (count, item) = await CountUpToTwoAsync(cursor, cancellationToken).ConfigureAwait(false);
        return count switch
        {
            0 => throw new InvalidOperationException("The query returned no document."),
            1 => item!,
            _ => throw new InvalidOperationException("The query returned more than one document."),
        };
    }

    /// <summary>Returns whether the cursor holds any document.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="cursor">The cursor.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns><see langword="true"/> when there is a document.</returns>
    public static async Task<bool> AnyAsync<T>(this IAsyncCursor<T> cursor, CancellationToken cancellationToken = default) =>
        (await TryFirstAsync(cursor, cancellationToken).ConfigureAwait(false)).Found;

    /// <summary>Calls <paramref name="processor"/> for every document, in order.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="cursor">The cursor.</param>
    /// <param name="processor">The callback.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>A task that completes when every document was processed.</returns>
    public static async Task ForEachAsync<T>(this IAsyncCursor<T> cursor, Func<T, Task> processor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(processor);
        await foreach (var item in cursor.ToAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await processor(item).ConfigureAwait(false);
        }
    }

    /// <summary>Returns the documents one by one; the cursor is disposed when the enumeration ends or is abandoned.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="cursor">The cursor.</param>
    /// <returns>The documents.</returns>
    public static IAsyncEnumerable<T> ToAsyncEnumerable<T>(this IAsyncCursor<T> cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        return Enumerate(cursor, CancellationToken.None);
    }

    /// <summary>Lets <c>await foreach</c> read a cursor directly.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="cursor">The cursor.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>An enumerator that disposes the cursor when disposed.</returns>
    public static IAsyncEnumerator<T> GetAsyncEnumerator<T>(this IAsyncCursor<T> cursor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        return Enumerate(cursor, CancellationToken.None).GetAsyncEnumerator(cancellationToken);
    }

    private static async IAsyncEnumerable<T> Enumerate<T>(IAsyncCursor<T> cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
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

    private static async Task<(bool Found, T? Item)> TryFirstAsync<T>(IAsyncCursor<T> cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        await using (cursor.ConfigureAwait(false))
        {
            while (await cursor.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var item in cursor.Current)
                {
                    return (true, item);
                }
            }

            return (false, default);
        }
    }

    private static async Task<(int Count, T? Item)> CountUpToTwoAsync<T>(IAsyncCursor<T> cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        await using (cursor.ConfigureAwait(false))
        {
            var count = 0;
            T? first = default;
            while (count < 2 && await cursor.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var item in cursor.Current)
                {
                    if (count++ == 0)
                    {
                        first = item;
                    }

                    if (count == 2)
                    {
                        break;
                    }
                }
            }

            return (count, first);
        }
    }
}
