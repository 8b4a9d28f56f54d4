namespace MongoPatterns.Bson.Serialization.Attributes;

/// <summary>
/// Names the serializer of a member or of every value of a type. The serializer type must implement
/// <see cref="IBsonSerializer{T}"/> for the member's (or the type's) .NET type and have a public constructor that takes
/// a <see cref="BsonSerializerRegistry"/> or no arguments. A serializer registered with
/// <see cref="BsonSerializerRegistry.RegisterSerializer{T}"/> still wins over one named on a type.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class BsonSerializerAttribute : Attribute
{
    /// <summary>Names the serializer.</summary>
    /// <param name="serializerType">A type implementing <see cref="IBsonSerializer{T}"/>.</param>
    public BsonSerializerAttribute(Type serializerType)
    {
        ArgumentNullException.ThrowIfNull(serializerType);
        SerializerType = serializerType;
    }

    /// <summary>Gets the serializer type.</summary>
    public Type SerializerType { get; }
}
