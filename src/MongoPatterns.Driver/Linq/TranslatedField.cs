using System.Collections;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// A field selected by a lambda: its dotted element path as stored (<c>address.city</c>, <c>items.0.name</c>) and the
/// serializer of the values stored there, which renders client values the way the member stores them.
/// </summary>
/// <param name="Path">The dotted element path; empty for the lambda parameter itself (an array item inside <c>Any</c>).</param>
/// <param name="FieldSerializer">The serializer of the member's values.</param>
/// <param name="Registry">The registry used for values the field serializer cannot write.</param>
internal sealed record TranslatedField(string Path, IBsonSerializer FieldSerializer, BsonSerializerRegistry Registry)
{
    /// <summary>Gets the field of the array's items (same path), or <see langword="null"/> when the field is not an array.</summary>
    public TranslatedField? ItemField =>
        FieldSerializer is IBsonArraySerializer array && array.TryGetItemSerializationInfo(out var item)
            ? new TranslatedField(Path, item.Serializer, Registry)
            : null;

    /// <summary>Gets whether the field holds an enum (or a nullable enum).</summary>
    public bool IsEnum => (Nullable.GetUnderlyingType(FieldSerializer.ValueType) ?? FieldSerializer.ValueType).IsEnum;

    /// <summary>Gets the path of a member below this one.</summary>
    /// <param name="segment">The element name, array index or positional operator.</param>
    /// <returns>The joined path.</returns>
    public string Append(string segment) => Path.Length == 0 ? segment : string.Concat(Path, ".", segment);

    /// <summary>
    /// Renders a client value as the BSON value this field stores for it: through the field serializer (converting
    /// numbers and enums back to the member's type when that loses nothing), through the item serializer when the field
    /// is an array compared with one item, else through the registry's serializer of the value's own type.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The BSON value; BSON values are returned as they are.</returns>
    public BsonValue RenderValue(object? value)
    {
        switch (value)
        {
            case null:
                return BsonNull.Value;
            case BsonValue bsonValue:
                return bsonValue;
        }

        var fieldType = FieldSerializer.ValueType;
        if (fieldType.IsInstanceOfType(value))
        {
            return BsonSerializer.SerializeValue(FieldSerializer, value);
        }

        if (ValueConversion.TryConvert(value, fieldType, out var converted))
        {
            return BsonSerializer.SerializeValue(FieldSerializer, converted);
        }

        if (ItemField is { } item && item.FieldSerializer.ValueType.IsInstanceOfType(value))
        {
            return BsonSerializer.SerializeValue(item.FieldSerializer, value);
        }

        return RenderWithOwnType(value, Registry);
    }

    /// <summary>Renders each value of a client collection with <see cref="RenderValue"/>.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The BSON array.</returns>
    public BsonArray RenderValues(IEnumerable values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var array = new BsonArray();
        foreach (var value in values)
        {
            array.Add(RenderValue(value));
        }

        return array;
    }

    /// <summary>
    /// Gets a serializer of <typeparamref name="TValue"/> for this field: the field serializer itself when it has that
    /// type, else one that converts to and from the member's type (for lambdas like <c>x =&gt; (object)x.Age</c>).
    /// </summary>
    /// <typeparam name="TValue">The type the lambda returns.</typeparam>
    /// <returns>The serializer.</returns>
    public IBsonSerializer<TValue> GetValueSerializer<TValue>() =>
        FieldSerializer as IBsonSerializer<TValue> ?? new ConvertingSerializer<TValue>(this);

    /// <inheritdoc />
    public override string ToString() => Path;

    /// <summary>Renders a value with the registry's serializer of its runtime type, or as <see cref="BsonValue.Create(object)"/> maps it.</summary>
    internal static BsonValue RenderWithOwnType(object value, BsonSerializerRegistry registry)
    {
        IBsonSerializer serializer;
        try
        {
            serializer = registry.GetSerializer(value.GetType());
        }
        catch (BsonSerializationException)
        {
            return BsonValue.Create(value);
        }

        return BsonSerializer.SerializeValue(serializer, value);
    }
}
