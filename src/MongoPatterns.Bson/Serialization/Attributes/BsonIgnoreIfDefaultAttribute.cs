namespace MongoPatterns.Bson.Serialization.Attributes;

/// <summary>
/// Leaves the member's element out of the document when the member holds its type's default value (<c>0</c>,
/// <see langword="false"/>, <see langword="null"/>, <see cref="Guid.Empty"/>, ...). A missing element reads back as that
/// default (or the constructor parameter's default value).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class BsonIgnoreIfDefaultAttribute : Attribute
{
}
