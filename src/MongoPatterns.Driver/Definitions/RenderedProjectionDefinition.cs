using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver;

/// <summary>A rendered projection: the projection document (or <see langword="null"/> for whole documents) and the result serializer.</summary>
/// <typeparam name="TProjection">The result type.</typeparam>
/// <param name="Document">The projection document, or <see langword="null"/>.</param>
/// <param name="ProjectionSerializer">The serializer of the results.</param>
public sealed record RenderedProjectionDefinition<TProjection>(BsonDocument? Document, IBsonSerializer<TProjection> ProjectionSerializer);
