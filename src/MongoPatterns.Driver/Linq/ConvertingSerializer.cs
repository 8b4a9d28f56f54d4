using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Serializes values of <typeparamref name="TValue"/> for a field whose serializer has another type (the lambda
/// converted the member, as in <c>x =&gt; (object)x.Age</c> or <c>x =&gt; (long)x.Count</c>): values are converted to the
/// member's type when that loses nothing, and read values are converted back.
/// </summary>
/// <typeparam name="TValue">The type the lambda returns.</typeparam>
internal sealed class ConvertingSerializer<TValue> : IBsonSerializer<TValue>
{
    private readonly TranslatedField _field;

    public ConvertingSerializer(TranslatedField field)
    {
        _field = field;
    }

    public Type ValueType => typeof(TValue);

    public void Serialize(BsonBinaryWriter writer, TValue value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteValue(_field.RenderValue(value));
    }

    public TValue Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var value = _field.FieldSerializer.DeserializeObject(ref reader, type);
        switch (value)
        {
            case null:
                return default!;
            case TValue typed:
                return typed;
        }

        if (ValueConversion.TryConvert(value, typeof(TValue), out var converted) && converted is TValue convertedValue)
        {
            return convertedValue;
        }

        throw new BsonSerializationException(
            $"The value of '{_field.Path}' is a {value.GetType().Name}, which cannot be converted to {typeof(TValue).Name} without loss.");
    }

    public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (TValue)value!);

    public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);
}
