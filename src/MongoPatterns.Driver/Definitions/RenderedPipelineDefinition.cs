using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver;

/// <summary>A rendered pipeline: the stage documents and the serializer of its results.</summary>
/// <typeparam name="TOutput">The result type.</typeparam>
/// <param name="Documents">The stages.</param>
/// <param name="OutputSerializer">The result serializer.</param>
public sealed record RenderedPipelineDefinition<TOutput>(IReadOnlyList<BsonDocument> Documents, IBsonSerializer<TOutput> OutputSerializer);
