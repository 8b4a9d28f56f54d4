using System.Diagnostics.CodeAnalysis;

namespace MongoPatterns.Bson.Serialization;

/// <summary>
/// A serializer of dictionaries stored as BSON documents (keys become element names) that can say how the values are
/// stored. The built-in dictionary serializers implement it, and also <see cref="IBsonDocumentSerializer"/>, which
/// answers for any key with that key as the element name and the value serializer (so <c>x.Tags["color"]</c>
/// translates to the field <c>tags.color</c>).
/// </summary>
public interface IBsonDictionarySerializer
{
    /// <summary>Gets how each value is stored.</summary>
    /// <param name="info">The value serializer (with an empty element name).</param>
    /// <returns><see langword="true"/> when the value serializer is known.</returns>
    bool TryGetValueSerializationInfo([NotNullWhen(true)] out BsonSerializationInfo? info);
}
