using System.Collections.Concurrent;
using MongoPatterns.Bson.Serialization.Serializers;

namespace MongoPatterns.Bson.Serialization;

/// <summary>
/// Finds the serializer for a .NET type: registered custom serializers first, then built-in ones
/// (BSON values, primitives, collections), then class maps built once per type.
/// </summary>
public sealed class BsonSerializerRegistry
{
    private readonly ConcurrentDictionary<Type, IBsonSerializer> _serializers = new();

    /// <summary>Gets the registry used when none is given.</summary>
    public static BsonSerializerRegistry Default { get; } = new();

    /// <summary>Registers a custom serializer for <typeparamref name="T"/>; it wins over built-in ones.</summary>
    /// <typeparam name="T">The .NET type.</typeparam>
    /// <param name="serializer">The serializer.</param>
    public void RegisterSerializer<T>(IBsonSerializer<T> serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        _serializers[typeof(T)] = serializer;
    }

    /// <summary>Gets the serializer for <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The .NET type.</typeparam>
    /// <returns>The serializer.</returns>
    public IBsonSerializer<T> GetSerializer<T>() => (IBsonSerializer<T>)GetSerializer(typeof(T));

    /// <summary>Gets the serializer for <paramref name="type"/>.</summary>
    /// <param name="type">The .NET type.</param>
    /// <returns>The serializer.</returns>
    public IBsonSerializer GetSerializer(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return _serializers.GetOrAdd(type, static t => CreateSerializer(t));
    }

    private static IBsonSerializer CreateSerializer(Type type)
    {
        if (type == typeof(BsonDocument))
        {
            return BsonDocumentSerializer.Instance;
        }

        if (typeof(BsonValue).IsAssignableFrom(type))
        {
            return BsonValueSerializer.Create(type);
        }

        throw new BsonSerializationException($"No serializer is available for type '{type}'. Object mapping arrives with the serialization work; register a custom serializer with RegisterSerializer<T>().");
    }
}
