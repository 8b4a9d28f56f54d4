using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>Ambient values a filter, projection or update may refer to.</summary>
internal sealed class QueryContext
{
    /// <summary>Gets a shared context without variables whose <see cref="Now"/> is fixed at first use; create one context per command instead when time matters.</summary>
    public static QueryContext Default { get; } = new();

    /// <summary>Gets the user variables from a command's <c>let</c> option (usable in <c>$expr</c> as <c>$$name</c>), already evaluated.</summary>
    public BsonDocument? Variables { get; init; }

    /// <summary>Gets the value of <c>$$NOW</c> and <c>$currentDate</c> (constant for a command, as in MongoDB).</summary>
    public DateTime Now { get; init; } = DateTime.UtcNow;

    /// <summary>
    /// Gets the text index of the queried collection (fields, weights, languages), needed by <c>$text</c>; the
    /// server fills it from the collection's text index (see <see cref="TextIndexDefinition.FromIndex"/>). Without
    /// it a <c>$text</c> query fails with IndexNotFound (27), as on a collection without a text index.
    /// </summary>
    public TextIndexDefinition? TextIndex { get; init; }

    /// <summary>
    /// Gets the collation strings compare with in the filter (equality, ranges, <c>$in</c>) and in sorts, or
    /// <see langword="null"/> for binary comparison (the simple collation).
    /// </summary>
    public Collation? Collation { get; init; }
}
