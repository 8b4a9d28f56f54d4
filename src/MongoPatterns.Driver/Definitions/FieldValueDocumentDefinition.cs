using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Definitions;

/// <summary>A one-field document <c>{ field: value }</c> with a rendered field name: one sort key, projection or index key.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class FieldValueDocumentDefinition<TDocument>(FieldDefinition<TDocument> field, BsonValue value)
{
    public BsonDocument Render(RenderArgs<TDocument> args) => new(field.Render(args).FieldName, value);
}
