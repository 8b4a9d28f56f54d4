namespace MongoPatterns.Bson.Serialization.Attributes;

/// <summary>
/// Stores the member's values as another BSON type. On collections, dictionaries and nullable members it applies to
/// the items, values and underlying value.
/// </summary>
/// <remarks>
/// Supported: <see cref="string"/> as ObjectId (strict: the string must be an ObjectId); enums as Int32, Int64 or
/// String; integers as Int32, Int64, Double, Decimal128 or String; <see cref="double"/>/<see cref="float"/> as Double,
/// Decimal128 or String; <see cref="decimal"/> as Decimal128, Double or String; <see cref="Decimal128"/> as Decimal128 or
/// String; <see cref="char"/> as Int32 or String; <see cref="Guid"/> as Binary or String; <see cref="ObjectId"/> as
/// ObjectId or String; <see cref="DateTime"/>, <see cref="DateTimeOffset"/> and <see cref="DateOnly"/> as DateTime or
/// String (ISO 8601); <see cref="TimeOnly"/> and <see cref="TimeSpan"/> as Int64 (ticks) or String. Any other
/// combination is rejected when the class is mapped.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class BsonRepresentationAttribute : Attribute
{
    /// <summary>Stores the member as <paramref name="representation"/>.</summary>
    /// <param name="representation">The BSON type to store.</param>
    public BsonRepresentationAttribute(BsonType representation)
    {
        Representation = representation;
    }

    /// <summary>Gets the BSON type the member is stored as.</summary>
    public BsonType Representation { get; }
}
