using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>Builds sort orders: <c>Ascending</c>, <c>Descending</c>, <c>MetaTextScore</c>, <c>Combine</c>.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed partial class SortDefinitionBuilder<TDocument>
{
    /// <summary>Sorts by a field, smallest first: <c>{ field: 1 }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The sort.</returns>
    public SortDefinition<TDocument> Ascending(FieldDefinition<TDocument> field) => Key(field, 1);

    /// <summary>Sorts by a field, largest first: <c>{ field: -1 }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The sort.</returns>
    public SortDefinition<TDocument> Descending(FieldDefinition<TDocument> field) => Key(field, -1);

    /// <summary>Sorts by text search relevance: <c>{ field: { $meta: "textScore" } }</c>.</summary>
    /// <param name="field">The name of the projected score field.</param>
    /// <returns>The sort.</returns>
    public SortDefinition<TDocument> MetaTextScore(string field) => new BsonDocumentSortDefinition<TDocument>(new BsonDocument(field, new BsonDocument("$meta", "textScore")));

    /// <summary>Sorts by several keys, in order.</summary>
    /// <param name="sorts">The sorts.</param>
    /// <returns>The sort.</returns>
    public SortDefinition<TDocument> Combine(params SortDefinition<TDocument>[] sorts)
    {
        ArgumentNullException.ThrowIfNull(sorts);
        var list = sorts.ToList();
        return new DelegateSortDefinition<TDocument>(args => DocumentMerging.Merge(list.Select(sort => sort.Render(args))));
    }

    private static SortDefinition<TDocument> Key(FieldDefinition<TDocument> field, int direction)
    {
        ArgumentNullException.ThrowIfNull(field);
        var key = new FieldValueDocumentDefinition<TDocument>(field, direction);
        return new DelegateSortDefinition<TDocument>(key.Render);
    }
}
