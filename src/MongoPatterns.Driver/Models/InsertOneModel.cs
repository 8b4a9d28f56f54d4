namespace MongoPatterns.Driver;

/// <summary>Inserts one document; an <c>_id</c> is generated and assigned to it when it has none.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class InsertOneModel<TDocument> : WriteModel<TDocument>
{
    /// <summary>Creates the request.</summary>
    /// <param name="document">The document.</param>
    public InsertOneModel(TDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
    }

    /// <summary>Gets the document.</summary>
    public TDocument Document { get; }

    /// <inheritdoc />
    public override WriteModelType ModelType => WriteModelType.InsertOne;
}
