using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>
/// A projection of documents of <typeparamref name="TSource"/> whose result type is decided later (see
/// <see cref="ProjectionDefinition{TSource, TProjection}"/>). Build with <see cref="Builders{TDocument}.Projection"/>,
/// or convert a <see cref="BsonDocument"/> implicitly.
/// </summary>
/// <typeparam name="TSource">The document type.</typeparam>
public abstract class ProjectionDefinition<TSource>
{
    /// <summary>Uses a document as the projection, e.g. <c>{ name: 1, _id: 0 }</c>.</summary>
    /// <param name="document">The projection document.</param>
    public static implicit operator ProjectionDefinition<TSource>(BsonDocument document) => new BsonDocumentProjectionDefinition<TSource>(document);

    /// <summary>Parses (strict) Extended JSON as the projection, e.g. <c>"{ \"name\": 1, \"_id\": 0 }"</c>.</summary>
    /// <param name="json">The JSON document.</param>
    public static implicit operator ProjectionDefinition<TSource>(string json) => new JsonProjectionDefinition<TSource>(json);

    /// <summary>Renders the projection.</summary>
    /// <param name="args">The render arguments.</param>
    /// <returns>The projection document.</returns>
    public abstract BsonDocument Render(RenderArgs<TSource> args);
}
