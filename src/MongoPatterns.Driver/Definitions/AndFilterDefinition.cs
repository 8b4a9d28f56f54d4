using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>All of the filters must match.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class AndFilterDefinition<TDocument>(IReadOnlyList<FilterDefinition<TDocument>> filters) : FilterDefinition<TDocument>
{
    public override BsonDocument Render(RenderArgs<TDocument> args) => FilterRendering.And(filters.Select(filter => filter.Render(args)));
}
