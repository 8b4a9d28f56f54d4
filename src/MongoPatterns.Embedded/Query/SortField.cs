namespace MongoPatterns.Embedded.Query;

/// <summary>One key of a sort specification.</summary>
/// <param name="Path">The dotted path (the field name for a <c>$meta</c> key).</param>
/// <param name="Direction">1 for ascending, -1 for descending (always -1 for the text score).</param>
/// <param name="IsTextScore">Whether the key is <c>{$meta: "textScore"}</c>.</param>
internal readonly record struct SortField(string Path, int Direction, bool IsTextScore);
