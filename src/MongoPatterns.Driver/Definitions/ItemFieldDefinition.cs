using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>
/// The items of an array field, as a field of <typeparamref name="TItem"/>: the array's path with the item serializer,
/// so <c>{ tags: "a" }</c> (any item equals) and <c>{ scores: { $gt: 5 } }</c> (any item greater) render their values
/// as items.
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
/// <typeparam name="TItem">The item type.</typeparam>
internal sealed class ItemFieldDefinition<TDocument, TItem>(FieldDefinition<TDocument> arrayField) : FieldDefinition<TDocument, TItem>
{
    public override RenderedFieldDefinition<TItem> Render(RenderArgs<TDocument> args)
    {
        var rendered = arrayField.Render(args);
        return new RenderedFieldDefinition<TItem>(rendered.FieldName, ItemSerializers.For<TItem>(rendered, args.SerializerRegistry));
    }
}
