using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Definitions;

/// <summary>Finds the serializer of the items of an array field.</summary>
internal static class ItemSerializers
{
    /// <summary>The item serializer of a rendered array field, or the registry's serializer of <typeparamref name="TItem"/>.</summary>
    public static IBsonSerializer<TItem> For<TItem>(RenderedFieldDefinition field, BsonSerializerRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.FieldSerializer is IBsonArraySerializer array && array.TryGetItemSerializationInfo(out var item) && item.Serializer is IBsonSerializer<TItem> itemSerializer)
        {
            return itemSerializer;
        }

        return field.FieldSerializer is IBsonSerializer<TItem> same ? same : ValueSerializers.Get<TItem>(registry);
    }
}
