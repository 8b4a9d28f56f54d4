using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>A sort order. Build one with <see cref="Builders{TDocument}.Sort"/>, or convert a <see cref="BsonDocument"/> implicitly.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public abstract class SortDefinition<TDocument>
{
    /// <summary>Uses a document as the sort, e.g. <c>{ age: -1, name: 1 }</c>.</summary>
    /// <param name="document">The sort document.</param>
    public static implicit operator SortDefinition<TDocument>(BsonDocument document) => new BsonDocumentSortDefinition<TDocument>(document);

    /// <summary>Parses (strict) Extended JSON as the sort, e.g. <c>"{ \"age\": -1 }"</c>.</summary>
    /// <param name="json">The JSON document.</param>
    public static implicit operator SortDefinition<TDocument>(string json) => new JsonSortDefinition<TDocument>(json);

    /// <summary>Renders the sort.</summary>
    /// <param name="args">The render arguments.</param>
    /// <returns>The sort document.</returns>
    public abstract BsonDocument Render(RenderArgs<TDocument> args);
}
