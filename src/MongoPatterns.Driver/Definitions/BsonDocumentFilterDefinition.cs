using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>A filter given as a document, used as is.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class BsonDocumentFilterDefinition<TDocument> : FilterDefinition<TDocument>
{
    /// <summary>Creates the filter.</summary>
    /// <param name="document">The filter document.</param>
    public BsonDocumentFilterDefinition(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
    }

    /// <summary>Gets the filter document.</summary>
    public BsonDocument Document { get; }

    /// <inheritdoc />
    public override BsonDocument Render(RenderArgs<TDocument> args) => Document;
}
