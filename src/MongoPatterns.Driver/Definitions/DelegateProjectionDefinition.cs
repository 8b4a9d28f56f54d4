using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>A projection rendered by a function.</summary>
/// <typeparam name="TSource">The document type.</typeparam>
internal sealed class DelegateProjectionDefinition<TSource>(Func<RenderArgs<TSource>, BsonDocument> render) : ProjectionDefinition<TSource>
{
    public override BsonDocument Render(RenderArgs<TSource> args) => render(args);
}
