namespace MongoPatterns.Embedded.Storage;

/// <summary>One field of an index key pattern.</summary>
/// <param name="Path">The dotted path.</param>
/// <param name="Direction">1 ascending, -1 descending (special kinds such as text or hashed order ascending).</param>
/// <param name="Kind">The key type: <c>null</c> for a regular ascending/descending key, else "text", "hashed", "2d", "2dsphere".</param>
internal readonly record struct IndexField(string Path, int Direction, string? Kind);
