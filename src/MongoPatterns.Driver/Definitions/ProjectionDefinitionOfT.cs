using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>
/// A projection of documents of <typeparamref name="TSource"/> into results of <typeparamref name="TProjection"/>:
/// the projection document plus the serializer that reads the projected documents.
/// </summary>
/// <typeparam name="TSource">The document type.</typeparam>
/// <typeparam name="TProjection">The result type.</typeparam>
public abstract class ProjectionDefinition<TSource, TProjection>
{
    /// <summary>Uses a document as the projection; results are read with the registry's serializer of <typeparamref name="TProjection"/>.</summary>
    /// <param name="document">The projection document.</param>
    public static implicit operator ProjectionDefinition<TSource, TProjection>(BsonDocument document) =>
        new KnownResultTypeProjectionDefinition<TSource, TProjection>(new BsonDocumentProjectionDefinition<TSource>(document));

    /// <summary>Parses (strict) Extended JSON as the projection; results are read with the registry's serializer of <typeparamref name="TProjection"/>.</summary>
    /// <param name="json">The JSON document.</param>
    public static implicit operator ProjectionDefinition<TSource, TProjection>(string json) =>
        new KnownResultTypeProjectionDefinition<TSource, TProjection>(new JsonProjectionDefinition<TSource>(json));

    /// <summary>Gives an untyped projection its result type.</summary>
    /// <param name="projection">The projection.</param>
    public static implicit operator ProjectionDefinition<TSource, TProjection>(ProjectionDefinition<TSource> projection) =>
        new KnownResultTypeProjectionDefinition<TSource, TProjection>(projection);

    /// <summary>Renders the projection.</summary>
    /// <param name="args">The render arguments.</param>
    /// <returns>The projection document (or <see langword="null"/> for none) and the result serializer.</returns>
    public abstract RenderedProjectionDefinition<TProjection> Render(RenderArgs<TSource> args);
}
