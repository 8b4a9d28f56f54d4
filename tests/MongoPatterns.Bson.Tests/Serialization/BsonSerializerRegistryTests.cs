using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Bson.Serialization.Conventions;
using MongoPatterns.Bson.Serialization.Serializers;
using static MongoPatterns.Bson.Tests.Serialization.SerializationAssert;

namespace MongoPatterns.Bson.Tests.Serialization;

public sealed class BsonSerializerRegistryTests
{
    [Fact]
    public void RegisteredSerializer_WinsOverBuiltInOnes()
    {
        var registry = new BsonSerializerRegistry();
        registry.RegisterSerializer(new VersionSerializer());
        registry.RegisterSerializer<int>(new TimesTenSerializer());

        var document = ToDocument(new Versioned { Version = new Version(1, 2), Count = 3 }, registry);

        Assert.Equal(new BsonDocument { { "version", "v1.2" }, { "count", 30 } }, document);
        Assert.Equal(new Version(1, 2), FromDocument<Versioned>(document, registry).Version);
    }

    [Fact]
    public void BsonSerializerAttribute_OnATypeAndOnAMember()
    {
        var document = ToDocument(new UsesAttributes { Temperature = new Celsius(21.5), Label = "x" });

        Assert.Equal(new BsonDocument { { "temperature", "21.5C" }, { "label", "v:x" } }, document);
        var copy = FromDocument<UsesAttributes>(document);
        Assert.Equal(21.5, copy.Temperature.Degrees);
    }

    [Fact]
    public void BsonSerializerAttribute_WithTheWrongValueType_CannotBeMapped()
    {
        var exception = Assert.Throws<BsonSerializationException>(() => BsonSerializerRegistry.Default.GetSerializer<WrongSerializer>());

        Assert.Contains("does not implement IBsonSerializer<Int32>", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Conventions_CanBeSetBeforeFirstUse_ButNotAfter()
    {
        var registry = new BsonSerializerRegistry
        {
            Conventions = new BsonConventions { ElementNames = ElementNameConvention.AsIs },
        };

        Assert.Equal(["Version", "Count"], ToDocument(new Versioned { Version = new Version(1, 0) }, registry).Names);
        Assert.True(registry.Conventions.IsFrozen);
        Assert.Throws<InvalidOperationException>(() => registry.Conventions = new BsonConventions());
        Assert.Throws<InvalidOperationException>(() => registry.Conventions.IgnoreExtraElements = true);
    }

    [Fact]
    public void SerializersAreCreatedOnce_EvenUnderConcurrentFirstUse()
    {
        var registry = new BsonSerializerRegistry();

        var serializers = Enumerable.Range(0, 16).AsParallel().Select(_ => registry.GetSerializer<Versioned>()).ToList();

        Assert.All(serializers, serializer => Assert.Same(serializers[0], serializer));
    }

    [Fact]
    public void FailedMapping_IsReportedEachTime_AndDoesNotPoisonOtherTypes()
    {
        var registry = new BsonSerializerRegistry();

        Assert.Throws<BsonSerializationException>(() => registry.GetSerializer<Action>());
        Assert.Throws<BsonSerializationException>(() => registry.GetSerializer<Action>());
        Assert.NotNull(registry.GetSerializer<Versioned>());
    }

    [Fact]
    public void BuiltInSerializers_CoverBsonValues()
    {
        Assert.Same(BsonDocumentSerializer.Instance, BsonSerializerRegistry.Default.GetSerializer<BsonDocument>());
        Assert.Equal(new BsonArray { 1 }, RoundTrip(new Box<BsonArray>([1])).Value);
        Assert.Equal(new BsonInt64(5), RoundTrip(new Box<BsonValue>(5L)).Value);
    }

    [Fact]
    public void RepresentationThatDoesNotFit_CannotBeMapped()
    {
        var exception = Assert.Throws<BsonSerializationException>(() => BsonSerializerRegistry.Default.GetSerializer<BadRepresentation>());

        Assert.Contains("member Flag", exception.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be stored as String", exception.Message, StringComparison.Ordinal);
    }

    public sealed class Versioned
    {
        public Version? Version { get; set; }

        public int Count { get; set; }
    }

    public sealed class UsesAttributes
    {
        public Celsius Temperature { get; set; }

        [BsonSerializer(typeof(PrefixSerializer))]
        public string? Label { get; set; }
    }

    [BsonSerializer(typeof(CelsiusSerializer))]
    public readonly record struct Celsius(double Degrees);

    public sealed class WrongSerializer
    {
        [BsonSerializer(typeof(PrefixSerializer))]
        public int Number { get; set; }
    }

    public sealed class BadRepresentation
    {
        [BsonRepresentation(BsonType.String)]
        public bool Flag { get; set; }
    }

    public sealed class CelsiusSerializer : IBsonSerializer<Celsius>
    {
        public Type ValueType => typeof(Celsius);

        public void Serialize(BsonBinaryWriter writer, Celsius value)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteString(value.Degrees.ToString(System.Globalization.CultureInfo.InvariantCulture) + "C");
        }

        public Celsius Deserialize(ref BsonBinaryReader reader, BsonType type) =>
            new(double.Parse(reader.ReadString().TrimEnd('C'), System.Globalization.CultureInfo.InvariantCulture));

        public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (Celsius)value!);

        public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);
    }

    public sealed class PrefixSerializer(BsonSerializerRegistry registry) : IBsonSerializer<string>
    {
        public BsonSerializerRegistry Registry { get; } = registry;

        public Type ValueType => typeof(string);

        public void Serialize(BsonBinaryWriter writer, string value)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteString("v:" + value);
        }

        public string Deserialize(ref BsonBinaryReader reader, BsonType type) => reader.ReadString()[2..];

        public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (string)value!);

        public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);
    }

    private sealed class VersionSerializer : IBsonSerializer<Version>
    {
        public Type ValueType => typeof(Version);

        public void Serialize(BsonBinaryWriter writer, Version value) => writer.WriteString("v" + value);

        public Version Deserialize(ref BsonBinaryReader reader, BsonType type) => Version.Parse(reader.ReadString()[1..]);

        public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (Version)value!);

        public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);
    }

    private sealed class TimesTenSerializer : IBsonSerializer<int>
    {
        public Type ValueType => typeof(int);

        public void Serialize(BsonBinaryWriter writer, int value) => writer.WriteInt32(value * 10);

        public int Deserialize(ref BsonBinaryReader reader, BsonType type) => reader.ReadInt32() / 10;

        public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (int)value!);

        public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);
    }
}
