using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Updates the first document matching the filter.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class UpdateOneModel<TDocument> : WriteModel<TDocument>
{
    /// <summary>Creates the request.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="update">The update (operators or a pipeline).</param>
    public UpdateOneModel(FilterDefinition<TDocument> filter, UpdateDefinition<TDocument> update)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(update);
        Filter = filter;
        Update = update;
    }

    /// <summary>Gets the filter.</summary>
    public FilterDefinition<TDocument> Filter { get; }

    /// <summary>Gets the update.</summary>
    public UpdateDefinition<TDocument> Update { get; }

    /// <summary>Gets or sets the array filters for <c>$[identifier]</c>.</summary>
    public IEnumerable<BsonDocument>? ArrayFilters { get; set; }

    /// <summary>Gets or sets the collation.</summary>
    public Collation? Collation { get; set; }

    /// <summary>Gets or sets the index to use: name or key pattern.</summary>
    public BsonValue? Hint { get; set; }

    /// <summary>Gets or sets whether a document is inserted when none matches.</summary>
    public bool IsUpsert { get; set; }

    /// <summary>
    /// Gets or sets the order that decides which document is changed when several match (the statement's
    /// <c>sort</c>; MongoDB 8.0+, older servers reject it).
    /// </summary>
    public SortDefinition<TDocument>? Sort { get; set; }

    /// <inheritdoc />
    public override WriteModelType ModelType => WriteModelType.UpdateOne;
}
