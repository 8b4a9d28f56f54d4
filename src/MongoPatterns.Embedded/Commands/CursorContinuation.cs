using System.Collections;
using MongoPatterns.Embedded.Cursors;

namespace MongoPatterns.Embedded.Commands;

/// <summary>Continues a result set from where a first batch stopped (including a peeked, not yet returned item).</summary>
internal sealed class CursorContinuation : IEnumerator<CursorItem>
{
    private readonly ServerCursor _first;

    /// <summary>Wraps the cursor that produced the first batch.</summary>
    /// <param name="first">The cursor.</param>
    public CursorContinuation(ServerCursor first) => _first = first;

    /// <inheritdoc />
    public CursorItem Current { get; private set; }

    /// <inheritdoc />
    object IEnumerator.Current => Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        var batch = _first.TakeOne();
        if (batch is null)
        {
            return false;
        }

        Current = batch.Value;
        return true;
    }

    /// <inheritdoc />
    public void Reset() => throw new NotSupportedException();

    /// <inheritdoc />
    public void Dispose() => _first.Dispose();
}
