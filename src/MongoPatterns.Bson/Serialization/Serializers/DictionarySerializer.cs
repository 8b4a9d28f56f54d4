using System.Diagnostics.CodeAnalysis;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores a dictionary with string keys as a BSON document: each key is an element name, each value goes through the
/// value serializer. Reading creates <typeparamref name="TConcrete"/> (<see cref="Dictionary{TKey, TValue}"/> for the
/// dictionary interfaces); a repeated element name keeps its last value.
/// </summary>
/// <typeparam name="TDictionary">The declared type.</typeparam>
/// <typeparam name="TConcrete">The type created when reading.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class DictionarySerializer<TDictionary, TConcrete, TValue> : BsonSerializerBase<TDictionary>, IBsonDictionarySerializer, IBsonDocumentSerializer
    where TDictionary : IEnumerable<KeyValuePair<string, TValue>>
    where TConcrete : TDictionary, IDictionary<string, TValue>, new()
{
    private readonly BsonSerializationInfo _valueInfo;

    public DictionarySerializer(IBsonSerializer<TValue> valueSerializer)
    {
        ValueSerializer = valueSerializer;
        _valueInfo = new BsonSerializationInfo(string.Empty, valueSerializer, typeof(TValue));
    }

    public IBsonSerializer<TValue> ValueSerializer { get; }

    public override void Serialize(BsonBinaryWriter writer, TDictionary value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartDocument();
        string? key = null;
        try
        {
            if (value is Dictionary<string, TValue> dictionary)
            {
                foreach (var pair in dictionary)
                {
                    key = pair.Key;
                    writer.WriteName(pair.Key);
                    ValueIO<TValue>.Write(writer, ValueSerializer, pair.Value);
                }
            }
            else
            {
                foreach (var pair in value)
                {
                    key = pair.Key;
                    writer.WriteName(pair.Key);
                    ValueIO<TValue>.Write(writer, ValueSerializer, pair.Value);
                }
            }
        }
        catch (Exception exception) when (SerializationErrors.ShouldWrap(exception) && key is not null)
        {
            throw SerializationErrors.WithMember(exception, typeof(TDictionary), key, key, deserializing: false);
        }

        writer.WriteEndDocument();
    }

    public override TDictionary Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        if (type == BsonType.Null)
        {
            reader.ReadNull();
            return default!;
        }

        if (type != BsonType.Document)
        {
            return SerializationErrors.ThrowUnexpectedType<TDictionary>(type, "Document", reader.Position);
        }

        reader.ReadStartDocument();
        var result = new TConcrete();
        string? key = null;
        try
        {
            while (reader.TryReadNextElement(out var valueType))
            {
                key = reader.ReadName();
                result[key] = ValueIO<TValue>.Read(ref reader, ValueSerializer, valueType);
                key = null;
            }
        }
        catch (Exception exception) when (SerializationErrors.ShouldWrap(exception) && key is not null)
        {
            throw SerializationErrors.WithMember(exception, typeof(TDictionary), key, key, deserializing: true);
        }

        reader.ReadEndDocument();
        return result;
    }

    public bool TryGetValueSerializationInfo([NotNullWhen(true)] out BsonSerializationInfo? info)
    {
        info = _valueInfo;
        return true;
    }

    public bool TryGetMemberSerializationInfo(string memberName, [NotNullWhen(true)] out BsonSerializationInfo? info)
    {
        ArgumentNullException.ThrowIfNull(memberName);
        info = new BsonSerializationInfo(memberName, ValueSerializer, typeof(TValue));
        return true;
    }
}
