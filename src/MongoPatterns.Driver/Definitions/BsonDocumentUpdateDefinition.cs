using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>An update given as a document of operators, used as is.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class BsonDocumentUpdateDefinition<TDocument> : UpdateDefinition<TDocument>
{
    /// <summary>Creates the update.</summary>
    /// <param name="document">The update document.</param>
    public BsonDocumentUpdateDefinition(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
    }

    /// <summary>Gets the update document.</summary>
    public BsonDocument Document { get; }

    /// <inheritdoc />
    public override BsonValue Render(RenderArgs<TDocument> args) => Document;
}
