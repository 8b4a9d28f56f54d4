namespace MongoPatterns.Driver;

/// <summary>Something that opens a cursor when asked, such as a fluent find.</summary>
/// <typeparam name="T">The document type.</typeparam>
public interface IAsyncCursorSource<T>
{
    /// <summary>Runs the query and returns its cursor.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The cursor.</returns>
    Task<IAsyncCursor<T>> ToCursorAsync(CancellationToken cancellationToken = default);
}
