namespace MongoPatterns.Driver;

/// <summary>Whether a find cursor follows new documents of a capped collection.</summary>
public enum CursorType
{
    /// <summary>A normal cursor, exhausted when all results are returned. The default.</summary>
    NonTailable,

    /// <summary>Stays open at the end of a capped collection; later batches return new documents.</summary>
    Tailable,

    /// <summary>Tailable, and each getMore waits up to <c>MaxAwaitTime</c> for new documents.</summary>
    TailableAwait,
}
