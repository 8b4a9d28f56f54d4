using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver;

/// <summary>A field rendered to its element path, with the serializer of its values when known.</summary>
/// <param name="FieldName">The dotted element path as stored, e.g. <c>address.city</c>.</param>
/// <param name="FieldSerializer">The serializer of the field's values, or <see langword="null"/> when the path could not be followed through the serializers.</param>
public sealed record RenderedFieldDefinition(string FieldName, IBsonSerializer? FieldSerializer);
