using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Deletes every document matching the filter.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class DeleteManyModel<TDocument> : WriteModel<TDocument>
{
    /// <summary>Creates the request.</summary>
    /// <param name="filter">The filter.</param>
    public DeleteManyModel(FilterDefinition<TDocument> filter)
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
    public override WriteModelType ModelType => WriteModelType.DeleteMany;
}
