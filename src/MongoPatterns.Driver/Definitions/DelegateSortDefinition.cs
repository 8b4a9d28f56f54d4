using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>A sort rendered by a function (keys built from fields, combinations).</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class DelegateSortDefinition<TDocument>(Func<RenderArgs<TDocument>, BsonDocument> render) : SortDefinition<TDocument>
{
    public override BsonDocument Render(RenderArgs<TDocument> args) => render(args);
}
