using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>One update operator on one field: <c>{ $op: { field: value } }</c>.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class OperatorUpdateDefinition<TDocument>(string operatorName, FieldDefinition<TDocument> field, Func<RenderedFieldDefinition, RenderArgs<TDocument>, BsonValue> renderValue)
    : UpdateDefinition<TDocument>
{
    public override BsonValue Render(RenderArgs<TDocument> args)
    {
        var rendered = field.Render(args);
        return new BsonDocument(operatorName, new BsonDocument(rendered.FieldName, renderValue(rendered, args)));
    }
}
