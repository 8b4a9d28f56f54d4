using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>A sort given as a document, used as is.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class BsonDocumentSortDefinition<TDocument> : SortDefinition<TDocument>
{
    /// <summary>Creates the sort.</summary>
    /// <param name="document">The sort document.</param>
    public BsonDocumentSortDefinition(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
    }

    /// <summary>Gets the sort document.</summary>
    public BsonDocument Document { get; }

    /// <inheritdoc />
    public override BsonDocument Render(RenderArgs<TDocument> args) => Document;
}
