using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>Any of the filters must match.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class OrFilterDefinition<TDocument>(IReadOnlyList<FilterDefinition<TDocument>> filters) : FilterDefinition<TDocument>
{
    public override BsonDocument Render(RenderArgs<TDocument> args) => FilterRendering.Or(filters.Select(filter => filter.Render(args)));
}
