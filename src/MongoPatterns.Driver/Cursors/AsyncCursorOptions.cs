using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Cursors;

/// <summary>How a cursor fetches later batches.</summary>
/// <param name="BatchSize">The getMore batch size, or <see langword="null"/> for the server default.</param>
/// <param name="Limit">The most documents to return in total; 0 for no limit.</param>
/// <param name="Comment">The comment repeated on getMore, or <see langword="null"/>.</param>
/// <param name="MaxAwaitTime">How long a getMore of a tailable-await cursor waits, or <see langword="null"/>.</param>
/// <param name="IsTailable">Whether empty batches are normal (tailable cursors).</param>
internal sealed record AsyncCursorOptions(int? BatchSize, long Limit, BsonValue? Comment, TimeSpan? MaxAwaitTime, bool IsTailable)
{
    /// <summary>Gets the options of a plain cursor.</summary>
    public static AsyncCursorOptions Default { get; } = new(null, 0, null, null, false);
}
