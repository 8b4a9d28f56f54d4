using System.Linq.Expressions;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Translates a sort key lambda (<c>x =&gt; x.Name</c>) and a direction to a sort document (<c>{ name: 1 }</c>). Callers
/// compose <c>ThenBy</c> chains by adding the elements of further translations in order.
/// </summary>
internal static class SortTranslator
{
    /// <summary>Translates one sort key.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The key type.</typeparam>
    /// <param name="field">The key lambda.</param>
    /// <param name="descending">Whether to sort in descending order (<c>-1</c>) instead of ascending (<c>1</c>).</param>
    /// <param name="documentSerializer">The serializer of the documents.</param>
    /// <param name="registry">The registry; the default when null.</param>
    /// <returns>The sort document with one element.</returns>
    /// <exception cref="NotSupportedException">The lambda does not select a stored field.</exception>
    public static BsonDocument Translate<TDocument, TField>(
        Expression<Func<TDocument, TField>> field,
        bool descending,
        IBsonSerializer<TDocument> documentSerializer,
        BsonSerializerRegistry? registry = null) =>
        Translate((LambdaExpression)field, descending, documentSerializer, registry);

    /// <summary>Translates one sort key (the untyped form).</summary>
    /// <param name="field">The key lambda.</param>
    /// <param name="descending">Whether to sort in descending order.</param>
    /// <param name="documentSerializer">The serializer of the documents.</param>
    /// <param name="registry">The registry; the default when null.</param>
    /// <returns>The sort document with one element.</returns>
    public static BsonDocument Translate(LambdaExpression field, bool descending, IBsonSerializer documentSerializer, BsonSerializerRegistry? registry = null) =>
        new(FieldPathTranslator.Translate(field, documentSerializer, registry).Path, descending ? -1 : 1);
}
