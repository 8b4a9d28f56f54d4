namespace MongoPatterns.Bson.Serialization.Attributes;

/// <summary>
/// Picks the constructor used to create instances when reading. Its parameters are matched to members by name
/// (ignoring case); a parameter that matches no member must have a default value.
/// </summary>
[AttributeUsage(AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
public sealed class BsonConstructorAttribute : Attribute
{
}
