using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores a collection as a BSON array, each item through the item serializer; BSON null reads as
/// <see langword="null"/>. Derived classes say how the collection is rebuilt.
/// </summary>
/// <typeparam name="TCollection">The declared collection type.</typeparam>
/// <typeparam name="TItem">The item type.</typeparam>
/// <typeparam name="TBuilder">What items are collected into while reading.</typeparam>
internal abstract class EnumerableSerializerBase<TCollection, TItem, TBuilder> : BsonSerializerBase<TCollection>, IBsonArraySerializer
{
    private readonly BsonSerializationInfo _itemInfo;

    protected EnumerableSerializerBase(IBsonSerializer<TItem> itemSerializer)
    {
        ItemSerializer = itemSerializer;
        _itemInfo = new BsonSerializationInfo(string.Empty, itemSerializer, typeof(TItem));
    }

    public IBsonSerializer<TItem> ItemSerializer { get; }

    public override void Serialize(BsonBinaryWriter writer, TCollection value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartArray();
        var index = 0;
        try
        {
            switch (value)
            {
                case TItem[] array:
                    for (; index < array.Length; index++)
                    {
                        ValueIO<TItem>.Write(writer, ItemSerializer, array[index]);
                    }

                    break;
                case List<TItem> list:
                    var span = CollectionsMarshal.AsSpan(list);
                    for (; index < span.Length; index++)
                    {
                        ValueIO<TItem>.Write(writer, ItemSerializer, span[index]);
                    }

                    break;
                default:
                    foreach (var item in Enumerate(value))
                    {
                        ValueIO<TItem>.Write(writer, ItemSerializer, item);
                        index++;
                    }

                    break;
            }
        }
        catch (Exception exception) when (SerializationErrors.ShouldWrap(exception))
        {
            throw SerializationErrors.WithMember(
                exception, typeof(TCollection), SerializationErrors.IndexSegment(index), index.ToString(CultureInfo.InvariantCulture), deserializing: false);
        }

        writer.WriteEndArray();
    }

    public override TCollection Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        if (type == BsonType.Null)
        {
            reader.ReadNull();
            return default!;
        }

        if (type != BsonType.Array)
        {
            return SerializationErrors.ThrowUnexpectedType<TCollection>(type, "Array", reader.Position);
        }

        reader.ReadStartArray();
        var builder = CreateBuilder();
        var index = 0;
        try
        {
            while (reader.TryReadNextElement(out var itemType))
            {
                reader.SkipName();
                Add(builder, ValueIO<TItem>.Read(ref reader, ItemSerializer, itemType));
                index++;
            }
        }
        catch (Exception exception) when (SerializationErrors.ShouldWrap(exception))
        {
            throw SerializationErrors.WithMember(
                exception, typeof(TCollection), SerializationErrors.IndexSegment(index), index.ToString(CultureInfo.InvariantCulture), deserializing: true);
        }

        reader.ReadEndArray();
        return Build(builder);
    }

    public bool TryGetItemSerializationInfo([NotNullWhen(true)] out BsonSerializationInfo? info)
    {
        info = _itemInfo;
        return true;
    }

    /// <summary>Enumerates a collection that is neither an array nor a <see cref="List{T}"/>.</summary>
    protected virtual IEnumerable<TItem> Enumerate(TCollection value) => (IEnumerable<TItem>)value!;

    protected abstract TBuilder CreateBuilder();

    protected abstract void Add(TBuilder builder, TItem item);

    protected abstract TCollection Build(TBuilder builder);
}
