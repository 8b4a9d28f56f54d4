using MongoPatterns.Bson;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>What a pipeline runs in: its database, how to reach other collections, and ambient variables.</summary>
internal sealed class PipelineContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="database">The database the aggregate command runs in.</param>
    /// <param name="host">Access to other collections.</param>
    public PipelineContext(string database, IAggregationHost host)
    {
        Database = database;
        Host = host;
    }

    /// <summary>Gets the database the aggregate command runs in.</summary>
    public string Database { get; }

    /// <summary>Gets access to other collections.</summary>
    public IAggregationHost Host { get; }

    /// <summary>Gets the command's <c>let</c> variables (expressions, evaluated once when the pipeline is parsed).</summary>
    public BsonDocument? Let { get; init; }

    /// <summary>Gets the value of <c>$$NOW</c> for the whole command.</summary>
    public DateTime Now { get; init; } = DateTime.UtcNow;

    /// <summary>Gets the collection the pipeline reads (null for collection-less <c>aggregate: 1</c>).</summary>
    public string? Collection { get; init; }

    /// <summary>Gets the random source of <c>$sample</c>, <c>$rand</c> and <c>{$meta: "randVal"}</c> (seed it for repeatable results).</summary>
    public Random Random { get; init; } = new();

    /// <summary>Gets the command's collation (for <c>$match</c> filters and <c>$sort</c>), or <see langword="null"/> for binary comparison.</summary>
    public Collation? Collation { get; init; }
}
