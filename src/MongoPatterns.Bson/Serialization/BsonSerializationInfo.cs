namespace MongoPatterns.Bson.Serialization;

/// <summary>How one member or item is stored: its element name and the serializer that writes its values.</summary>
/// <param name="ElementName">The BSON element name (for array items, the empty string).</param>
/// <param name="Serializer">The serializer of the member's values.</param>
/// <param name="NominalType">The member's declared .NET type.</param>
public sealed record BsonSerializationInfo(string ElementName, IBsonSerializer Serializer, Type NominalType)
{
    /// <summary>
    /// Renders <paramref name="value"/> as the BSON value this member would store (honouring representation
    /// options such as string ids stored as ObjectId or enums stored as strings).
    /// </summary>
    /// <param name="value">A value of <see cref="NominalType"/>.</param>
    /// <returns>The BSON value.</returns>
    public BsonValue SerializeValue(object? value) => BsonSerializer.SerializeValue(Serializer, value);
}
