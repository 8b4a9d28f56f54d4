using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>
/// A condition on one field whose values are rendered with the field's serializer: <c>{ field: value }</c> for
/// equality, <c>{ field: { $op: value } }</c> otherwise.
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
/// <typeparam name="TField">The field's value type.</typeparam>
internal sealed class FieldFilterDefinition<TDocument, TField>(FieldDefinition<TDocument, TField> field, string? operatorName, Func<RenderedFieldDefinition<TField>, BsonValue> renderValue)
    : FilterDefinition<TDocument>
{
    public override BsonDocument Render(RenderArgs<TDocument> args)
    {
        var rendered = field.Render(args);
        var value = renderValue(rendered);
        return operatorName is null
            ? new BsonDocument(rendered.FieldName, value)
            : new BsonDocument(rendered.FieldName, new BsonDocument(operatorName, value));
    }
}
