namespace MongoPatterns.Bson.Serialization.Attributes;

/// <summary>
/// Marks the member that collects the elements no other member matches, and writes them back when the object is
/// serialized, so a round trip loses nothing. Its type must be <see cref="BsonDocument"/> (lossless) or a dictionary
/// assignable to <see cref="IDictionary{TKey, TValue}"/> of <see cref="string"/> to <see cref="object"/> (values as the
/// natural .NET types of the <see cref="object"/> mapping).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class BsonExtraElementsAttribute : Attribute
{
}
