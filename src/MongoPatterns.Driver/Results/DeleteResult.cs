using MongoPatterns.Driver.Results;

namespace MongoPatterns.Driver;

/// <summary>The outcome of a delete.</summary>
public sealed class DeleteResult
{
    private readonly long _deletedCount;

    private DeleteResult(bool isAcknowledged, long deletedCount)
    {
        IsAcknowledged = isAcknowledged;
        _deletedCount = deletedCount;
    }

    /// <summary>Gets the result of an unacknowledged (<c>w: 0</c>) delete.</summary>
    public static DeleteResult Unacknowledged { get; } = new(false, 0);

    /// <summary>Gets a value indicating whether the server acknowledged the write; when not, the counts are unavailable.</summary>
    public bool IsAcknowledged { get; }

    /// <summary>Gets the number of documents deleted.</summary>
    /// <exception cref="InvalidOperationException">The write was unacknowledged.</exception>
    public long DeletedCount => AcknowledgementGuard.Get(IsAcknowledged, _deletedCount, nameof(DeletedCount));

    /// <summary>Creates the result of an acknowledged delete.</summary>
    /// <param name="deletedCount">The number of documents deleted.</param>
    /// <returns>The result.</returns>
    public static DeleteResult Acknowledged(long deletedCount) => new(true, deletedCount);
}
