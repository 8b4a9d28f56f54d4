using System.Collections;

namespace MongoPatterns.Bson;

/// <content>Implicit conversions from .NET values and <see cref="Create(object)"/>.</content>
public abstract partial class BsonValue
{
    /// <summary>Converts a boolean to <see cref="BsonBoolean"/> (cached instances).</summary>
    /// <param name="value">The value.</param>
    public static implicit operator BsonValue(bool value) => BsonBoolean.Create(value);

    /// <summary>Converts an integer to <see cref="BsonInt32"/> (small values are cached).</summary>
    /// <param name="value">The value.</param>
    public static implicit operator BsonValue(int value) => BsonInt32.Create(value);

    /// <summary>Converts a long to <see cref="BsonInt64"/>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator BsonValue(long value) => BsonInt64.Create(value);

    /// <summary>Converts a double to <see cref="BsonDouble"/>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator BsonValue(double value) => new BsonDouble(value);

    /// <summary>Converts a string to <see cref="BsonString"/>; a null string becomes <see cref="BsonNull.Value"/>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator BsonValue(string? value) => value is null ? BsonNull.Value : BsonString.Create(value);

    /// <summary>Converts a <see cref="DateTime"/> to <see cref="BsonDateTime"/> (see its constructor for time zones).</summary>
    /// <param name="value">The value.</param>
    public static implicit operator BsonValue(DateTime value) => new BsonDateTime(value);

    /// <summary>Converts an <see cref="ObjectId"/> to <see cref="BsonObjectId"/>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator BsonValue(ObjectId value) => new BsonObjectId(value);

    /// <summary>Converts a <see cref="Guid"/> to binary subtype 4 in RFC 4122 byte order.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator BsonValue(Guid value) => new BsonBinaryData(value);

    /// <summary>Converts a <see cref="Bson.Decimal128"/> to <see cref="BsonDecimal128"/>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator BsonValue(Decimal128 value) => new BsonDecimal128(value);

    /// <summary>Converts a <see cref="decimal"/> exactly, keeping its scale (2.50m stays 2.50), to <see cref="BsonDecimal128"/>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator BsonValue(decimal value) => new BsonDecimal128(new Decimal128(value));

    /// <summary>Converts bytes to binary subtype 0 (the bytes are copied); a null array becomes <see cref="BsonNull.Value"/>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator BsonValue(byte[]? value) => value is null ? BsonNull.Value : new BsonBinaryData(value);

    /// <summary>
    /// Wraps a .NET value: <see langword="null"/> becomes <see cref="BsonNull.Value"/>, a <see cref="BsonValue"/> is returned
    /// as is, primitives map like the implicit conversions (<see cref="float"/> to Double, <see cref="short"/>,
    /// <see cref="byte"/>, <see cref="sbyte"/>, <see cref="ushort"/> and <see cref="char"/> to Int32, <see cref="uint"/> to
    /// Int64, <see cref="ulong"/> to Int64 when it fits), <see cref="DateTimeOffset"/> to DateTime,
    /// <see cref="System.Text.RegularExpressions.Regex"/> to a regular expression, dictionaries with string keys to documents and other
    /// enumerables to arrays (recursively).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The BSON value.</returns>
    /// <exception cref="ArgumentException">The type has no BSON mapping (use the POCO mapping for objects).</exception>
    public static BsonValue Create(object? value) => value switch
    {
        null => BsonNull.Value,
        BsonValue bsonValue => bsonValue,
        bool boolean => BsonBoolean.Create(boolean),
        int int32 => BsonInt32.Create(int32),
        long int64 => BsonInt64.Create(int64),
        double number => new BsonDouble(number),
        string text => BsonString.Create(text),
        ObjectId objectId => new BsonObjectId(objectId),
        DateTime dateTime => new BsonDateTime(dateTime),
        DateTimeOffset dateTimeOffset => new BsonDateTime(dateTimeOffset),
        Guid guid => new BsonBinaryData(guid),
        Decimal128 decimal128 => new BsonDecimal128(decimal128),
        decimal number => new BsonDecimal128(new Decimal128(number)),
        byte[] bytes => new BsonBinaryData(bytes),
        float single => new BsonDouble(single),
        short int16 => BsonInt32.Create(int16),
        ushort uint16 => BsonInt32.Create(uint16),
        byte uint8 => BsonInt32.Create(uint8),
        sbyte int8 => BsonInt32.Create(int8),
        char character => BsonInt32.Create(character),
        uint uint32 => BsonInt64.Create(uint32),
        ulong uint64 when uint64 <= long.MaxValue => BsonInt64.Create((long)uint64),
        System.Text.RegularExpressions.Regex regex => new BsonRegularExpression(regex),
        IDictionary dictionary => CreateDocument(dictionary),
        IEnumerable sequence => CreateArray(sequence),
        _ => throw new ArgumentException(
            $"A {value.GetType()} has no direct BSON mapping; convert it first or use the POCO mapping.", nameof(value)),
    };

    private static BsonDocument CreateDocument(IDictionary dictionary)
    {
        var document = new BsonDocument();
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string name)
            {
                throw new ArgumentException(
                    $"Only dictionaries with string keys map to BSON documents; found a key of type {entry.Key.GetType()}.",
                    nameof(dictionary));
            }

            document.Add(name, Create(entry.Value));
        }

        return document;
    }

    private static BsonArray CreateArray(IEnumerable sequence)
    {
        var array = new BsonArray();
        foreach (var item in sequence)
        {
            array.Add(Create(item));
        }

        return array;
    }
}
