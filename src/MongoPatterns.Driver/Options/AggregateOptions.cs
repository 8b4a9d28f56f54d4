using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of an aggregation.</summary>
public sealed class AggregateOptions
{
    /// <summary>Gets or sets whether stages may write temporary data to disk.</summary>
    public bool? AllowDiskUse { get; set; }

    /// <summary>Gets or sets the number of documents per batch.</summary>
    public int? BatchSize { get; set; }

    /// <summary>Gets or sets whether <c>$out</c>/<c>$merge</c> may bypass document validation.</summary>
    public bool? BypassDocumentValidation { get; set; }

    /// <summary>Gets or sets the collation.</summary>
    public Collation? Collation { get; set; }

    /// <summary>Gets or sets a comment.</summary>
    public BsonValue? Comment { get; set; }

    /// <summary>Gets or sets the index to use: name or key pattern.</summary>
    public BsonValue? Hint { get; set; }

    /// <summary>Gets or sets variables usable in the pipeline with <c>$$name</c>.</summary>
    public BsonDocument? Let { get; set; }

    /// <summary>Gets or sets the server-side time limit (<c>maxTimeMS</c>).</summary>
    public TimeSpan? MaxTime { get; set; }
}
