using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Definitions;

/// <summary>
/// Chooses the serializer that renders a value the way a field stores it, and renders values with it. When the
/// registry has no serializer for a plain .NET type, a fallback maps it like <see cref="BsonValue.Create(object)"/>.
/// </summary>
internal static class ValueSerializers
{
    private static readonly ConditionalWeakTable<BsonSerializerRegistry, ConcurrentDictionary<Type, IBsonSerializer>> Fallbacks = new();

    /// <summary>The serializer for values of a field whose own serializer is <paramref name="fieldSerializer"/> (when known).</summary>
    public static IBsonSerializer<TField> ForField<TField>(IBsonSerializer? fieldSerializer, BsonSerializerRegistry registry)
    {
        if (fieldSerializer is IBsonSerializer<TField> exact)
        {
            return exact;
        }

        // A value compared with an array field matches its items, so render it as an item.
        if (fieldSerializer is IBsonArraySerializer array && array.TryGetItemSerializationInfo(out var item) && item.Serializer is IBsonSerializer<TField> itemSerializer)
        {
            return itemSerializer;
        }

        return Get<TField>(registry);
    }

    /// <summary>The registry's serializer for <typeparamref name="T"/>, or a fallback when it has none.</summary>
    public static IBsonSerializer<T> Get<T>(BsonSerializerRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var fallbacks = Fallbacks.GetOrCreateValue(registry);
        if (fallbacks.TryGetValue(typeof(T), out var cached))
        {
            return (IBsonSerializer<T>)cached;
        }

        try
        {
            return registry.GetSerializer<T>();
        }
        catch (BsonSerializationException) when (FallbackSerializer<T>.CanHandle)
        {
            return (IBsonSerializer<T>)fallbacks.GetOrAdd(typeof(T), static _ => new FallbackSerializer<T>());
        }
    }

    /// <summary>Renders one value as the BSON value the serializer would store.</summary>
    public static BsonValue Render<T>(IBsonSerializer<T> serializer, T value) =>
        value switch
        {
            BsonValue bsonValue => bsonValue,
            null => BsonNull.Value,
            _ => BsonSerializer.SerializeValue(serializer, value),
        };

    /// <summary>Renders values as an array.</summary>
    public static BsonArray RenderArray<T>(IBsonSerializer<T> serializer, IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var array = new BsonArray();
        foreach (var value in values)
        {
            array.Add(Render(serializer, value));
        }

        return array;
    }
}
