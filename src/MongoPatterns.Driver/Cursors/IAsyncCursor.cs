namespace MongoPatterns.Driver;

/// <summary>
/// A server-side cursor read batch by batch: call <see cref="MoveNextAsync"/> until it returns <see langword="false"/>
/// and read <see cref="Current"/> after each call. Use <c>await foreach</c> (or <c>ToAsyncEnumerable()</c>,
/// <c>ToListAsync()</c>) to read documents one by one.
/// </summary>
/// <remarks>
/// Dispose a cursor that was not read to the end: it then kills the server-side cursor and returns its session.
/// Cancelling <see cref="MoveNextAsync"/> while a batch is being fetched closes the connection it used (a half-read
/// reply cannot be resumed) and closes the cursor: the server-side cursor is killed in the background and no further
/// batches are returned.
/// </remarks>
/// <typeparam name="T">The document type.</typeparam>
public interface IAsyncCursor<out T> : IDisposable, IAsyncDisposable
{
    /// <summary>Gets the current batch.</summary>
    /// <exception cref="InvalidOperationException"><see cref="MoveNextAsync"/> has not returned <see langword="true"/>.</exception>
    IEnumerable<T> Current { get; }

    /// <summary>Moves to the next batch, fetching it from the server when needed.</summary>
    /// <param name="cancellationToken">Cancels the fetch (and closes the cursor).</param>
    /// <returns><see langword="true"/> when a batch is available; <see langword="false"/> at the end.</returns>
    Task<bool> MoveNextAsync(CancellationToken cancellationToken = default);
}
