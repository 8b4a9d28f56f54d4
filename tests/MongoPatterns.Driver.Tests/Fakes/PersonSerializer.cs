using System.Diagnostics.CodeAnalysis;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Tests.Fakes;

/// <summary>
/// A hand-written serializer of <see cref="Person"/> that maps member names to element names and stores e-mails
/// upper-cased, so tests can see that definitions render names and values through the document serializer.
/// </summary>
public sealed class PersonSerializer : IBsonSerializer<Person>, IBsonDocumentSerializer, IBsonIdProvider<Person>
{
    public static PersonSerializer Instance { get; } = new();

    public Type ValueType => typeof(Person);

    public void Serialize(BsonBinaryWriter writer, Person value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartDocument();
        writer.WriteName("_id");
        writer.WriteObjectId(value.Id);
        writer.WriteName("email");
        UpperCaseStringSerializer.Instance.Serialize(writer, value.Email);
        writer.WriteName("tags");
        writer.WriteStartArray();
        foreach (var tag in value.Tags)
        {
            writer.WriteString(tag);
        }

        writer.WriteEndArray();
        writer.WriteEndDocument();
    }

    public Person Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var document = reader.ReadBsonDocument();
        return new Person
        {
            Id = document.TryGetValue("_id", out var id) ? id.AsObjectId : default,
            Email = document.TryGetValue("email", out var email) ? email.AsString : string.Empty,
            Tags = document.TryGetValue("tags", out var tags) ? tags.AsBsonArray.Select(t => t.AsString).ToList() : [],
        };
    }

    public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (Person)value!);

    public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);

    public bool TryGetMemberSerializationInfo(string memberName, [NotNullWhen(true)] out BsonSerializationInfo? info)
    {
        info = memberName switch
        {
            nameof(Person.Id) => new BsonSerializationInfo("_id", new FallbackObjectIdSerializer(), typeof(ObjectId)),
            nameof(Person.Email) => new BsonSerializationInfo("email", UpperCaseStringSerializer.Instance, typeof(string)),
            nameof(Person.Tags) => new BsonSerializationInfo("tags", new StringListSerializer(), typeof(List<string>)),
            _ => null,
        };
        return info is not null;
    }

    public bool TryGetId(Person document, out BsonValue? id)
    {
        ArgumentNullException.ThrowIfNull(document);
        id = document.Id == default ? null : new BsonObjectId(document.Id);
        return id is not null;
    }

    public BsonValue EnsureId(Person document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Id == default)
        {
            document.Id = ObjectId.GenerateNewId();
        }

        return new BsonObjectId(document.Id);
    }

    /// <summary>Stores strings upper-cased.</summary>
    public sealed class UpperCaseStringSerializer : IBsonSerializer<string>
    {
        public static UpperCaseStringSerializer Instance { get; } = new();

        public Type ValueType => typeof(string);

        public void Serialize(BsonBinaryWriter writer, string value)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteString(value.ToUpperInvariant());
        }

        public string Deserialize(ref BsonBinaryReader reader, BsonType type) => reader.ReadString();

        public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (string)value!);

        public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);
    }

    private sealed class FallbackObjectIdSerializer : IBsonSerializer<ObjectId>
    {
        public Type ValueType => typeof(ObjectId);

        public void Serialize(BsonBinaryWriter writer, ObjectId value) => writer.WriteObjectId(value);

        public ObjectId Deserialize(ref BsonBinaryReader reader, BsonType type) => reader.ReadObjectId();

        public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (ObjectId)value!);

        public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);
    }

    private sealed class StringListSerializer : IBsonSerializer<List<string>>, IBsonArraySerializer
    {
        public Type ValueType => typeof(List<string>);

        public void Serialize(BsonBinaryWriter writer, List<string> value)
        {
            writer.WriteStartArray();
            foreach (var item in value)
            {
                UpperCaseStringSerializer.Instance.Serialize(writer, item);
            }

            writer.WriteEndArray();
        }

        public List<string> Deserialize(ref BsonBinaryReader reader, BsonType type) => reader.ReadBsonArray().Select(v => v.AsString).ToList();

        public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (List<string>)value!);

        public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);

        public bool TryGetItemSerializationInfo([NotNullWhen(true)] out BsonSerializationInfo? info)
        {
            info = new BsonSerializationInfo(string.Empty, UpperCaseStringSerializer.Instance, typeof(string));
            return true;
        }
    }
}
