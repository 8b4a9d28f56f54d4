using System.Linq.Expressions;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Translates a field lambda (<c>x =&gt; x.Address.City</c>) to the stored element path and the serializer of the
/// values there. The builders' lambda overloads (<c>Filter.Eq(x =&gt; x.Email, e)</c>, <c>Sort.Ascending(x =&gt; x.Name)</c>,
/// <c>Update.Set(x =&gt; x.Name, v)</c>, <c>IndexKeys.Ascending(x =&gt; x.Email)</c>) are thin wrappers over it.
/// </summary>
/// <remarks>
/// <para>
/// Each step asks the current serializer: member names become element names through
/// <see cref="IBsonDocumentSerializer"/> (so <c>[BsonElement]</c>, naming conventions and <c>_id</c> apply), array
/// indexes step into the item serializer through <see cref="IBsonArraySerializer"/>.
/// </para>
/// <para>
/// Supported: member chains; array items by constant index (<c>x.Items[0].Name</c>, <c>x.Tags.ElementAt(1)</c>,
/// <c>x.Items.First()</c>) → <c>items.0.name</c>; dictionary entries by constant key (<c>x.Attributes["color"]</c>
/// → <c>attributes.color</c>; keys that are empty, start with <c>$</c> or contain <c>.</c> are rejected);
/// <c>x.Count.Value</c> for nullable members; casts (<c>x =&gt; (object)x.Age</c>). With <c>allowPositional</c>
/// (updates and projections), index <c>-1</c> renders as the positional operator: <c>x.Items[-1].Qty</c> →
/// <c>items.$.qty</c>. The filtered positional operators <c>$[]</c> and <c>$[id]</c> have no lambda form; use string
/// field names for them.
/// </para>
/// </remarks>
internal static class FieldPathTranslator
{
    /// <summary>Translates a field lambda.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The field type.</typeparam>
    /// <param name="field">The lambda, such as <c>x =&gt; x.Address.City</c>.</param>
    /// <param name="documentSerializer">The serializer of the documents.</param>
    /// <param name="registry">The registry (for values the field serializer cannot write); the default when null.</param>
    /// <param name="allowPositional">Whether index <c>-1</c> renders as the positional operator <c>$</c>.</param>
    /// <returns>The element path and the field's serializer.</returns>
    /// <exception cref="NotSupportedException">The lambda does not select a stored field.</exception>
    public static TranslatedField Translate<TDocument, TField>(
        Expression<Func<TDocument, TField>> field,
        IBsonSerializer<TDocument> documentSerializer,
        BsonSerializerRegistry? registry = null,
        bool allowPositional = false) =>
        Translate((LambdaExpression)field, documentSerializer, registry, allowPositional);

    /// <summary>Translates a field lambda of one parameter (the untyped form, for builders that take <c>Expression&lt;Func&lt;T, object&gt;&gt;</c>).</summary>
    /// <param name="field">The lambda.</param>
    /// <param name="documentSerializer">The serializer of the documents (the lambda's parameter type).</param>
    /// <param name="registry">The registry; the default when null.</param>
    /// <param name="allowPositional">Whether index <c>-1</c> renders as the positional operator <c>$</c>.</param>
    /// <returns>The element path and the field's serializer.</returns>
    /// <exception cref="NotSupportedException">The lambda does not select a stored field.</exception>
    public static TranslatedField Translate(LambdaExpression field, IBsonSerializer documentSerializer, BsonSerializerRegistry? registry = null, bool allowPositional = false)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(documentSerializer);
        if (field.Parameters.Count != 1)
        {
            throw new ArgumentException("A field lambda has exactly one parameter, the document.", nameof(field));
        }

        var resolver = CreateResolver(field.Parameters[0], documentSerializer, registry, allowPositional);
        var body = FieldResolver.StripConversions(field.Body);
        var translated = resolver.Resolve(body);
        if (translated.Path.Length == 0)
        {
            throw TranslationErrors.Field(field, "it selects the whole document, not a field");
        }

        return translated;
    }

    /// <summary>Creates the resolver of a lambda whose parameter is the whole document.</summary>
    internal static FieldResolver CreateResolver(ParameterExpression parameter, IBsonSerializer documentSerializer, BsonSerializerRegistry? registry, bool allowPositional) =>
        new(parameter, new TranslatedField(string.Empty, documentSerializer, registry ?? BsonSerializerRegistry.Default), allowPositional);
}
