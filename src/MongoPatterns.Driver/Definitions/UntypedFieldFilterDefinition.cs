using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>A condition on one field that needs no value serializer: <c>{ field: { $op: value } }</c>.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class UntypedFieldFilterDefinition<TDocument>(FieldDefinition<TDocument> field, Func<RenderedFieldDefinition, RenderArgs<TDocument>, BsonValue> renderCondition)
    : FilterDefinition<TDocument>
{
    public override BsonDocument Render(RenderArgs<TDocument> args)
    {
        var rendered = field.Render(args);
        return new BsonDocument(rendered.FieldName, renderCondition(rendered, args));
    }
}
