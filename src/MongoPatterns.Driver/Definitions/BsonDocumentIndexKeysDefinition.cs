using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Index keys given as a document, used as is.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class BsonDocumentIndexKeysDefinition<TDocument> : IndexKeysDefinition<TDocument>
{
    /// <summary>Creates the keys.</summary>
    /// <param name="document">The keys document.</param>
    public BsonDocumentIndexKeysDefinition(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
    }

    /// <summary>Gets the keys document.</summary>
    public BsonDocument Document { get; }

    /// <inheritdoc />
    public override BsonDocument Render(RenderArgs<TDocument> args) => Document;
}
