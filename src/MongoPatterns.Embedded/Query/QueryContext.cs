using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>Ambient values a filter, projection or update may refer to.</summary>
internal sealed class QueryContext
{
    /// <summary>Gets the default context.</summary>
    public static QueryContext Default { get; } = new();

    /// <summary>Gets the user variables from a command's <c>let</c> option (usable in <c>$expr</c> as <c>$$name</c>).</summary>
    public BsonDocument? Variables { get; init; }

    /// <summary>Gets the value of <c>$$NOW</c> and <c>$currentDate</c>.</summary>
    public DateTime Now { get; init; } = DateTime.UtcNow;
}
