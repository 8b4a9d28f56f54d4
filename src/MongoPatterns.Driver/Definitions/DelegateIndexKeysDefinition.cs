using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Index keys rendered by a function.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class DelegateIndexKeysDefinition<TDocument>(Func<RenderArgs<TDocument>, BsonDocument> render) : IndexKeysDefinition<TDocument>
{
    public override BsonDocument Render(RenderArgs<TDocument> args) => render(args);
}
