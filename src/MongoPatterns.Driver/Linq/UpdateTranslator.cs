using System.Linq.Expressions;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Renders the <c>path: value</c> elements of update operators from field lambdas, with values rendered through the
/// field's serializer (so <c>Update.Set(x =&gt; x.OwnerId, id)</c> stores an ObjectId when the member is stored as one).
/// Field lambdas may use index <c>-1</c> for the positional operator: <c>x.Items[-1].Qty</c> → <c>items.$.qty</c>.
/// </summary>
internal static class UpdateTranslator
{
    /// <summary>Renders <c>path: value</c> for <c>$set</c>, <c>$setOnInsert</c>, <c>$inc</c>, <c>$mul</c>, <c>$min</c>, <c>$max</c> and the like.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The field type.</typeparam>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The value.</param>
    /// <param name="documentSerializer">The serializer of the documents.</param>
    /// <param name="registry">The registry; the default when null.</param>
    /// <returns>The element.</returns>
    /// <exception cref="NotSupportedException">The lambda does not select a stored field.</exception>
    public static BsonElement RenderField<TDocument, TField>(
        Expression<Func<TDocument, TField>> field,
        TField value,
        IBsonSerializer<TDocument> documentSerializer,
        BsonSerializerRegistry? registry = null)
    {
        var translated = FieldPathTranslator.Translate(field, documentSerializer, registry, allowPositional: true);
        return new BsonElement(translated.Path, translated.RenderValue(value));
    }

    /// <summary>Renders <c>path: item</c> for <c>$push</c>, <c>$addToSet</c> and <c>$pull</c> of one item, through the item serializer.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="item">The item.</param>
    /// <param name="documentSerializer">The serializer of the documents.</param>
    /// <param name="registry">The registry; the default when null.</param>
    /// <returns>The element.</returns>
    /// <exception cref="NotSupportedException">The lambda does not select a stored array.</exception>
    public static BsonElement RenderItem<TDocument, TItem>(
        Expression<Func<TDocument, IEnumerable<TItem>>> field,
        TItem item,
        IBsonSerializer<TDocument> documentSerializer,
        BsonSerializerRegistry? registry = null)
    {
        var items = ItemFieldOf(field, documentSerializer, registry);
        return new BsonElement(items.Path, items.RenderValue(item));
    }

    /// <summary>Renders <c>path: [items]</c> for <c>$each</c> and <c>$pullAll</c>, each item through the item serializer.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="items">The items.</param>
    /// <param name="documentSerializer">The serializer of the documents.</param>
    /// <param name="registry">The registry; the default when null.</param>
    /// <returns>The element.</returns>
    /// <exception cref="NotSupportedException">The lambda does not select a stored array.</exception>
    public static BsonElement RenderItems<TDocument, TItem>(
        Expression<Func<TDocument, IEnumerable<TItem>>> field,
        IEnumerable<TItem> items,
        IBsonSerializer<TDocument> documentSerializer,
        BsonSerializerRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var itemField = ItemFieldOf(field, documentSerializer, registry);
        return new BsonElement(itemField.Path, itemField.RenderValues(items));
    }

    /// <summary>Wraps elements in an operator: <c>{ $set: { path: value, ... } }</c>.</summary>
    /// <param name="operatorName">The operator, such as <c>$set</c>.</param>
    /// <param name="elements">The elements.</param>
    /// <returns>The update document.</returns>
    public static BsonDocument Operator(string operatorName, params IEnumerable<BsonElement> elements)
    {
        ArgumentException.ThrowIfNullOrEmpty(operatorName);
        return new BsonDocument(operatorName, new BsonDocument(elements));
    }

    private static TranslatedField ItemFieldOf<TDocument, TItem>(
        Expression<Func<TDocument, IEnumerable<TItem>>> field, IBsonSerializer<TDocument> documentSerializer, BsonSerializerRegistry? registry)
    {
        var translated = FieldPathTranslator.Translate(field, documentSerializer, registry, allowPositional: true);
        return translated.ItemField ?? throw TranslationErrors.Field(field, "it is not stored as an array");
    }
}
