namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>What attributes or the fluent API say about one member; unset values fall back to the conventions.</summary>
internal sealed class MemberConfiguration
{
    /// <summary>Gets or sets whether the member was mapped explicitly (so it is mapped even when it would not be by default).</summary>
    public bool IsMapped { get; set; }

    public bool IsIgnored { get; set; }

    public bool IsId { get; set; }

    public bool IsExtraElements { get; set; }

    public string? ElementName { get; set; }

    public int? Order { get; set; }

    public bool? IgnoreIfNull { get; set; }

    public bool? IgnoreIfDefault { get; set; }

    public BsonType? Representation { get; set; }

    public IBsonSerializer? Serializer { get; set; }

    public Type? SerializerType { get; set; }

    /// <summary>Applies the settings of <paramref name="other"/> that are set over this one's.</summary>
    public void Apply(MemberConfiguration other)
    {
        IsMapped |= other.IsMapped;
        IsIgnored = other.IsIgnored || (IsIgnored && !other.IsMapped);
        IsId |= other.IsId;
        IsExtraElements |= other.IsExtraElements;
        ElementName = other.ElementName ?? ElementName;
        Order = other.Order ?? Order;
        IgnoreIfNull = other.IgnoreIfNull ?? IgnoreIfNull;
        IgnoreIfDefault = other.IgnoreIfDefault ?? IgnoreIfDefault;
        Representation = other.Representation ?? Representation;
        if (other.Serializer is not null || other.SerializerType is not null)
        {
            Serializer = other.Serializer;
            SerializerType = other.SerializerType;
        }
    }
}
