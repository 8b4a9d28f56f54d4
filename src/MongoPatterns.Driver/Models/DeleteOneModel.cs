using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Deletes the first document matching the filter.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class DeleteOneModel<TDocument> : WriteModel<TDocument>
{
    /// <summary>Creates the request.</summary>
    /// <param name="filter">The filter.</param>
    public DeleteOneModel(FilterDefinition<TDocument> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Filter = filter;
    }

    /// <summary>Gets the filter.</summary>
    public FilterDefinition<TDocument> Filter { get; }

    /// <summary>Gets or sets the collation.</summary>
    public Collation? Collation { get; set; }

    /// <summary>Gets or sets the index to use: name or key pattern.</summary>
    public BsonValue? Hint { get; set; }

    /// <inheritdoc />
    public override WriteModelType ModelType => WriteModelType.DeleteOne;
}
