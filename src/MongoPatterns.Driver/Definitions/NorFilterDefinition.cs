using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>None of the filters may match.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class NorFilterDefinition<TDocument>(IReadOnlyList<FilterDefinition<TDocument>> filters) : FilterDefinition<TDocument>
{
    public override BsonDocument Render(RenderArgs<TDocument> args) => new("$nor", new BsonArray(filters.Select(filter => filter.Render(args))));
}
