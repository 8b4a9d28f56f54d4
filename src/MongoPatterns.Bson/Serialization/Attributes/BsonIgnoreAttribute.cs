namespace MongoPatterns.Bson.Serialization.Attributes;

/// <summary>Leaves a member out of the mapping: it is neither written nor read.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class BsonIgnoreAttribute : Attribute
{
}
