using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>A projection given as a document, used as is.</summary>
/// <typeparam name="TSource">The document type.</typeparam>
public sealed class BsonDocumentProjectionDefinition<TSource> : ProjectionDefinition<TSource>
{
    /// <summary>Creates the projection.</summary>
    /// <param name="document">The projection document.</param>
    public BsonDocumentProjectionDefinition(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
    }

    /// <summary>Gets the projection document.</summary>
    public BsonDocument Document { get; }

    /// <inheritdoc />
    public override BsonDocument Render(RenderArgs<TSource> args) => Document;
}
