using System.Diagnostics.CodeAnalysis;

namespace MongoPatterns.Bson.Serialization;

/// <summary>A serializer of document-shaped types that can say how each member is stored (used to translate lambdas to queries).</summary>
public interface IBsonDocumentSerializer
{
    /// <summary>Looks up how the member called <paramref name="memberName"/> (the .NET name) is stored.</summary>
    /// <param name="memberName">The property or field name.</param>
    /// <param name="info">The element name and serializer when found.</param>
    /// <returns><see langword="true"/> when the member is mapped.</returns>
    bool TryGetMemberSerializationInfo(string memberName, [NotNullWhen(true)] out BsonSerializationInfo? info);
}
