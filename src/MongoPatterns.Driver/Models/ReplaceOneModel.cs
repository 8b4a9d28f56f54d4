using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Replaces the first document matching the filter.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class ReplaceOneModel<TDocument> : WriteModel<TDocument>
{
    /// <summary>Creates the request.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="replacement">The replacement document (its <c>_id</c>, if any, must match).</param>
    public ReplaceOneModel(FilterDefinition<TDocument> filter, TDocument replacement)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(replacement);
        Filter = filter;
        Replacement = replacement;
    }

    /// <summary>Gets the filter.</summary>
    public FilterDefinition<TDocument> Filter { get; }

    /// <summary>Gets the replacement.</summary>
    public TDocument Replacement { get; }

    /// <summary>Gets or sets the collation.</summary>
    public Collation? Collation { get; set; }

    /// <summary>Gets or sets the index to use: name or key pattern.</summary>
    public BsonValue? Hint { get; set; }

    /// <summary>Gets or sets whether the replacement is inserted when nothing matches.</summary>
    public bool IsUpsert { get; set; }

    /// <summary>
    /// Gets or sets the order that decides which document is replaced when several match (the statement's
    /// <c>sort</c>; MongoDB 8.0+, older servers reject it).
    /// </summary>
    public SortDefinition<TDocument>? Sort { get; set; }

    /// <inheritdoc />
    public override WriteModelType ModelType => WriteModelType.ReplaceOne;
}
