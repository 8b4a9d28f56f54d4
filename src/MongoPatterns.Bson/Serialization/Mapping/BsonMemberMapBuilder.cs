namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>
/// Configures one mapped member through <see cref="BsonClassMapBuilder{T}"/>, for types that cannot carry attributes.
/// Each setting overrides the corresponding attribute.
/// </summary>
public sealed class BsonMemberMapBuilder
{
    private readonly MemberConfiguration _configuration;

    internal BsonMemberMapBuilder(MemberConfiguration configuration)
    {
        _configuration = configuration;
    }

    /// <summary>Sets the element name, used verbatim (like <c>[BsonElement("name")]</c>).</summary>
    /// <param name="elementName">The element name.</param>
    /// <returns>This builder.</returns>
    public BsonMemberMapBuilder SetElementName(string elementName)
    {
        ArgumentException.ThrowIfNullOrEmpty(elementName);
        _configuration.ElementName = elementName;
        return this;
    }

    /// <summary>Sets the member's position (like <c>[BsonElement(Order = n)]</c>).</summary>
    /// <param name="order">The order; lower comes first, after the id.</param>
    /// <returns>This builder.</returns>
    public BsonMemberMapBuilder SetOrder(int order)
    {
        _configuration.Order = order;
        return this;
    }

    /// <summary>Sets whether a null value is left out (like <c>[BsonIgnoreIfNull]</c>).</summary>
    /// <param name="ignoreIfNull">Whether to leave nulls out.</param>
    /// <returns>This builder.</returns>
    public BsonMemberMapBuilder SetIgnoreIfNull(bool ignoreIfNull = true)
    {
        _configuration.IgnoreIfNull = ignoreIfNull;
        return this;
    }

    /// <summary>Sets whether a default value is left out (like <c>[BsonIgnoreIfDefault]</c>).</summary>
    /// <param name="ignoreIfDefault">Whether to leave default values out.</param>
    /// <returns>This builder.</returns>
    public BsonMemberMapBuilder SetIgnoreIfDefault(bool ignoreIfDefault = true)
    {
        _configuration.IgnoreIfDefault = ignoreIfDefault;
        return this;
    }

    /// <summary>Sets the BSON type the member is stored as (like <c>[BsonRepresentation]</c>).</summary>
    /// <param name="representation">The BSON type.</param>
    /// <returns>This builder.</returns>
    public BsonMemberMapBuilder SetRepresentation(BsonType representation)
    {
        _configuration.Representation = representation;
        return this;
    }

    /// <summary>Sets the member's serializer (like <c>[BsonSerializer]</c>, but with an instance).</summary>
    /// <param name="serializer">A serializer for the member's type.</param>
    /// <returns>This builder.</returns>
    public BsonMemberMapBuilder SetSerializer(IBsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        _configuration.Serializer = serializer;
        _configuration.SerializerType = null;
        return this;
    }
}
