namespace MongoPatterns.Driver.Cursors;

/// <summary>A cursor whose items are transformed (e.g. collection descriptions to names).</summary>
/// <typeparam name="TSource">The source item type.</typeparam>
/// <typeparam name="TResult">The result item type.</typeparam>
internal sealed class MappedCursor<TSource, TResult>(IAsyncCursor<TSource> source, Func<TSource, TResult> map) : IAsyncCursor<TResult>
{
    private List<TResult>? _current;

    /// <inheritdoc />
    public IEnumerable<TResult> Current => _current ?? throw new InvalidOperationException("Call MoveNextAsync first and check that it returned true.");

    /// <inheritdoc />
    public async Task<bool> MoveNextAsync(CancellationToken cancellationToken = default)
    {
        if (!await source.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            _current = null;
            return false;
        }

        _current = source.Current.Select(map).ToList();
        return true;
    }

    /// <inheritdoc />
    public void Dispose() => source.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => source.DisposeAsync();
}
