using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>The keys of an index, e.g. <c>{ email: 1 }</c>. Build with <see cref="Builders{TDocument}.IndexKeys"/>, or convert a <see cref="BsonDocument"/> implicitly.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public abstract class IndexKeysDefinition<TDocument>
{
    /// <summary>Uses a document as the keys.</summary>
    /// <param name="document">The keys document.</param>
    public static implicit operator IndexKeysDefinition<TDocument>(BsonDocument document) => new BsonDocumentIndexKeysDefinition<TDocument>(document);

    /// <summary>Parses (strict) Extended JSON as the keys, e.g. <c>"{ \"email\": 1 }"</c>.</summary>
    /// <param name="json">The JSON document.</param>
    public static implicit operator IndexKeysDefinition<TDocument>(string json) => new JsonIndexKeysDefinition<TDocument>(json);

    /// <summary>Renders the keys.</summary>
    /// <param name="args">The render arguments.</param>
    /// <returns>The keys document.</returns>
    public abstract BsonDocument Render(RenderArgs<TDocument> args);
}
