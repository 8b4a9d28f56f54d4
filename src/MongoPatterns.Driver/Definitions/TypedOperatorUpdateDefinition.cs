using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>One update operator on one typed field, its value rendered with the field's serializer: <c>{ $op: { field: value } }</c>.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
/// <typeparam name="TField">The value type.</typeparam>
internal sealed class TypedOperatorUpdateDefinition<TDocument, TField>(string operatorName, FieldDefinition<TDocument, TField> field, TField value)
    : UpdateDefinition<TDocument>
{
    public override BsonValue Render(RenderArgs<TDocument> args)
    {
        var rendered = field.Render(args);
        return new BsonDocument(operatorName, new BsonDocument(rendered.FieldName, ValueSerializers.Render(rendered.FieldSerializer, value)));
    }
}
