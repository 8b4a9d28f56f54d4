namespace MongoPatterns.Bson.Serialization.Attributes;

/// <summary>Makes the class skip elements that match no member instead of rejecting them.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
public sealed class BsonIgnoreExtraElementsAttribute : Attribute
{
    /// <summary>Skips unknown elements.</summary>
    public BsonIgnoreExtraElementsAttribute()
        : this(true)
    {
    }

    /// <summary>Skips unknown elements, or (with <see langword="false"/>) restores the rejection a base class turned off.</summary>
    /// <param name="ignoreExtraElements">Whether unknown elements are skipped.</param>
    public BsonIgnoreExtraElementsAttribute(bool ignoreExtraElements)
    {
        IgnoreExtraElements = ignoreExtraElements;
    }

    /// <summary>Gets whether unknown elements are skipped.</summary>
    public bool IgnoreExtraElements { get; }
}
