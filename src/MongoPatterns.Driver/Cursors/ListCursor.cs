namespace MongoPatterns.Driver.Cursors;

/// <summary>A cursor over documents already in memory (e.g. the <c>databases</c> array of <c>listDatabases</c>), in one batch.</summary>
/// <typeparam name="T">The document type.</typeparam>
internal sealed class ListCursor<T>(IReadOnlyList<T> items) : IAsyncCursor<T>
{
    private bool _consumed;
    private IEnumerable<T>? _current;

    /// <inheritdoc />
    public IEnumerable<T> Current => _current ?? throw new InvalidOperationException("Call MoveNextAsync first and check that it returned true.");

    /// <inheritdoc />
    public Task<bool> MoveNextAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_consumed || items.Count == 0)
        {
            _current = null;
            _consumed = true;
            return Task.FromResult(false);
        }

        _consumed = true;
        _current = items;
        return Task.FromResult(true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
