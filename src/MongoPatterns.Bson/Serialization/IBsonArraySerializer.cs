using System.Diagnostics.CodeAnalysis;

namespace MongoPatterns.Bson.Serialization;

/// <summary>A serializer of collection types that can say how items are stored.</summary>
public interface IBsonArraySerializer
{
    /// <summary>Gets how each item is stored.</summary>
    /// <param name="info">The item serializer (with an empty element name).</param>
    /// <returns><see langword="true"/> when the item serializer is known.</returns>
    bool TryGetItemSerializationInfo([NotNullWhen(true)] out BsonSerializationInfo? info);
}
