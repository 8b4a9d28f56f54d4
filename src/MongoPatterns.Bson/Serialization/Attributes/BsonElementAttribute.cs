namespace MongoPatterns.Bson.Serialization.Attributes;

/// <summary>
/// Maps a member explicitly: gives its element name verbatim (no naming convention applies) and, optionally, its
/// position. Also maps members that would otherwise be skipped, such as computed get-only properties (which are then
/// written but not read back).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class BsonElementAttribute : Attribute
{
    /// <summary>Maps the member under the name given by the naming convention.</summary>
    public BsonElementAttribute()
    {
    }

    /// <summary>Maps the member under <paramref name="elementName"/>.</summary>
    /// <param name="elementName">The element name, used as is.</param>
    public BsonElementAttribute(string elementName)
    {
        ArgumentException.ThrowIfNullOrEmpty(elementName);
        ElementName = elementName;
    }

    /// <summary>Gets the element name, or <see langword="null"/> to use the naming convention.</summary>
    public string? ElementName { get; }

    /// <summary>
    /// Gets or sets the member's position: members with an order come after the id and before the others, in
    /// ascending order. Unset members keep declaration order.
    /// </summary>
    public int Order { get; set; } = int.MaxValue;
}
