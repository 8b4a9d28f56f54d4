using System.Security.Cryptography;
using System.Text;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Caching;

/// <summary>
/// Encodes a query result of <typeparamref name="T"/> (a list, an entity, a count, a bool, a page...) as the BSON
/// document <c>{ v: &lt;value&gt; }</c> with the serializer the registry has for <typeparamref name="T"/>, and decodes it
/// into a fresh object.
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
internal static class ResultCodec<T>
{
    private static readonly IResultCodec<T> s_codec = ResultCodecFactory.Create<T>();

    private static ReadOnlySpan<byte> ValueName => "v"u8;

    /// <summary>Gets whether values of <typeparamref name="T"/> cannot be mutated, so the cached instance can be returned.</summary>
    public static bool IsImmutable { get; } = ComputeIsImmutable(typeof(T));

    /// <summary>Gets a 64-bit fingerprint of the type's name, stored with distributed entries to reject a mismatched type.</summary>
    public static long TypeFingerprint { get; } = ComputeFingerprint(typeof(T));

    public static byte[] Encode(T value, BsonSerializerRegistry registry)
    {
        using var writer = new BsonBinaryWriter();
        writer.WriteStartDocument();
        writer.WriteName(ValueName);
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            s_codec.Write(writer, value, registry);
        }

        writer.WriteEndDocument();
        return writer.Buffer.WrittenSpan.ToArray();
    }

    public static T Decode(ReadOnlySpan<byte> bson, BsonSerializerRegistry registry)
    {
        var reader = new BsonBinaryReader(bson);
        reader.ReadStartDocument();
        if (!reader.TryReadNextElement(out var type))
        {
            throw new BsonSerializationException("A cached query result is empty.");
        }

        reader.SkipName();
        T value;
        if (type == BsonType.Null && default(T) is null)
        {
            reader.ReadNull();
            value = default!;
        }
        else
        {
            value = s_codec.Read(ref reader, type, registry);
        }

        reader.ReadEndDocument();
        return value;
    }

    private static bool ComputeIsImmutable(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive
            || underlying.IsEnum
            || underlying == typeof(string)
            || underlying == typeof(decimal)
            || underlying == typeof(Decimal128)
            || underlying == typeof(ObjectId)
            || underlying == typeof(Guid)
            || underlying == typeof(DateTime)
            || underlying == typeof(DateTimeOffset)
            || underlying == typeof(TimeSpan);
    }

    private static long ComputeFingerprint(Type type)
    {
        var name = type.AssemblyQualifiedName ?? type.FullName ?? type.Name;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        return BitConverter.ToInt64(hash);
    }
}
