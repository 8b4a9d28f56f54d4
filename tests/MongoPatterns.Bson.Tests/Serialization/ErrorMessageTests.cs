using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using static MongoPatterns.Bson.Tests.Serialization.SerializationAssert;

namespace MongoPatterns.Bson.Tests.Serialization;

public sealed class ErrorMessageTests
{
    [Fact]
    public void WrongTypeInANestedMember_NamesTheTypeTheMemberPathAndTheElementPath()
    {
        var document = new BsonDocument { { "name", "u" }, { "address", new BsonDocument("zip", "12345") } };

        var exception = ReadFails<User>(document);

        Assert.StartsWith("Cannot deserialize 'User.Address.Zip': expected a number but found String at offset ", exception.Message, StringComparison.Ordinal);
        Assert.EndsWith("(field 'address.zip').", exception.Message, StringComparison.Ordinal);
        Assert.Equal("address.zip", exception.Path);
        Assert.NotNull(exception.Offset);
    }

    [Fact]
    public void FailureInsideACollectionOfDocuments_NamesIndexAndMember()
    {
        var document = new BsonDocument
        {
            { "name", "u" },
            { "previous", new BsonArray { new BsonDocument("zip", 1), new BsonDocument("zip", true) } },
        };

        var exception = ReadFails<User>(document);

        Assert.StartsWith("Cannot deserialize 'User.Previous[1].Zip': expected a number but found Boolean", exception.Message, StringComparison.Ordinal);
        Assert.Equal("previous.1.zip", exception.Path);
    }

    [Fact]
    public void MalformedBson_KeepsTheReadersMessage()
    {
        var bytes = BsonSerializer.Serialize(new User { Name = "u" });
        bytes[^2] = 0xFF;

        var exception = Assert.Throws<BsonSerializationException>(() => BsonSerializer.Deserialize<User>(bytes));

        Assert.StartsWith("Invalid BSON:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FailingConstructor_IsWrapped()
    {
        var exception = ReadFails<Validated>(new BsonDocument("count", -1));

        Assert.Contains("Cannot deserialize Validated: its constructor failed", exception.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(exception.InnerException);
    }

    [Fact]
    public void FailingSetter_IsWrappedWithTheMemberPath()
    {
        var exception = ReadFails<Box<ThrowingSetter>>(new BsonDocument("value", new BsonDocument("value", 1)));

        Assert.StartsWith("Cannot deserialize 'Box<ThrowingSetter>.Value.Value': nope", exception.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void FailingGetter_IsWrappedWhenSerializing()
    {
        var exception = Assert.Throws<BsonSerializationException>(() => ToDocument(new Box<ThrowingGetter>(new ThrowingGetter())));

        Assert.StartsWith("Cannot serialize 'Box<ThrowingGetter>.Value.Value': broken", exception.Message, StringComparison.Ordinal);
        Assert.Equal("value.value", exception.Path);
    }

    [Fact]
    public void CustomSerializerFailure_GetsThePath()
    {
        var registry = new BsonSerializerRegistry();
        registry.RegisterSerializer(new FailingSerializer());

        var exception = Assert.Throws<BsonSerializationException>(() => FromDocument<Box<Version>>(new BsonDocument("value", "1.0"), registry));

        Assert.StartsWith("Cannot deserialize 'Box<Version>.Value': custom failure", exception.Message, StringComparison.Ordinal);
        Assert.Equal("value", exception.Path);
    }

    [Fact]
    public void NullTopLevelDocument_CannotBeSerialized() =>
        Assert.Throws<BsonSerializationException>(() => BsonSerializer.Serialize<User?>(null));

    public sealed class User
    {
        public string? Name { get; set; }

        public Address? Address { get; set; }

        public List<Address> Previous { get; set; } = [];
    }

    public sealed class Address
    {
        public int Zip { get; set; }
    }

    public sealed class Validated
    {
        public Validated(int count)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            Count = count;
        }

        public int Count { get; }
    }

    public sealed class ThrowingSetter
    {
        private readonly string _message = "nope";

        public int Value
        {
            get => _message.Length;
            set => throw new InvalidOperationException(_message);
        }
    }

    public sealed class ThrowingGetter
    {
        private int _value;

        public int Value
        {
            get => throw new InvalidOperationException(_value == 0 ? "broken" : "unexpected");
            set => _value = value;
        }
    }

    private sealed class FailingSerializer : IBsonSerializer<Version>
    {
        public Type ValueType => typeof(Version);

        public void Serialize(BsonBinaryWriter writer, Version value) => writer.WriteString(value.ToString());

        public Version Deserialize(ref BsonBinaryReader reader, BsonType type) => throw new BsonSerializationException("custom failure");

        public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (Version)value!);

        public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);
    }
}
