using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>The filter must not match.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class NotFilterDefinition<TDocument>(FilterDefinition<TDocument> filter) : FilterDefinition<TDocument>
{
    public override BsonDocument Render(RenderArgs<TDocument> args) => FilterRendering.Not(filter.Render(args));
}
