using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Reads and writes one value of <typeparamref name="T"/> with its serializer, handling <see langword="null"/> in one
/// place for members, items and dictionary values: a null reference (or empty <see cref="Nullable{T}"/>) is written as
/// BSON null, and BSON null reads as <see langword="null"/> for every nullable type except <see cref="BsonValue"/> and
/// <see cref="BsonNull"/>, whose serializer turns it into <see cref="BsonNull.Value"/>.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal static class ValueIO<T>
{
    /// <summary>Whether BSON null reads as <c>default(T)</c> without asking the serializer.</summary>
    public static readonly bool ReadsNullAsDefault = default(T) is null && !typeof(T).IsAssignableFrom(typeof(BsonNull));

    public static void Write(BsonBinaryWriter writer, IBsonSerializer<T> serializer, T value)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        serializer.Serialize(writer, value);
    }

    public static T Read(ref BsonBinaryReader reader, IBsonSerializer<T> serializer, BsonType type)
    {
        if (type == BsonType.Null && ReadsNullAsDefault)
        {
            reader.ReadNull();
            return default!;
        }

        return serializer.Deserialize(ref reader, type);
    }
}
