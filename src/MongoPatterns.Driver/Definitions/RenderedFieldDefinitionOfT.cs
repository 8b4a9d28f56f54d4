using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver;

/// <summary>A field rendered to its element path and the serializer that renders values of <typeparamref name="TField"/> as stored.</summary>
/// <typeparam name="TField">The field's value type.</typeparam>
/// <param name="FieldName">The dotted element path as stored.</param>
/// <param name="FieldSerializer">The serializer of the field's values.</param>
public sealed record RenderedFieldDefinition<TField>(string FieldName, IBsonSerializer<TField> FieldSerializer);
