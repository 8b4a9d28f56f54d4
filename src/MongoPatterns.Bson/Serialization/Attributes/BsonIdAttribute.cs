namespace MongoPatterns.Bson.Serialization.Attributes;

/// <summary>
/// Marks the member stored as the document's <c>_id</c>. Without it, a member named <c>Id</c>, <c>id</c> or <c>_id</c>
/// is the id.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class BsonIdAttribute : Attribute
{
}
