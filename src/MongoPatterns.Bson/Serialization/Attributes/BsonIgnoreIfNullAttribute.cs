namespace MongoPatterns.Bson.Serialization.Attributes;

/// <summary>Leaves the member's element out of the document when the member is <see langword="null"/> (instead of writing BSON null).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class BsonIgnoreIfNullAttribute : Attribute
{
}
