using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Conventions;
using static MongoPatterns.Bson.Tests.Serialization.SerializationAssert;

namespace MongoPatterns.Bson.Tests.Serialization.Conventions;

public sealed class BsonConventionsTests
{
    [Fact]
    public void Defaults_AreDocumented()
    {
        var conventions = new BsonConventions();

        Assert.Equal(ElementNameConvention.CamelCase, conventions.ElementNames);
        Assert.Equal(BsonType.Int32, conventions.EnumRepresentation);
        Assert.Equal(BsonType.Decimal128, conventions.DecimalRepresentation);
        Assert.Equal(GuidRepresentation.Standard, conventions.GuidRepresentation);
        Assert.False(conventions.IgnoreExtraElements);
        Assert.False(conventions.IgnoreIfNull);
        Assert.True(conventions.StringIdStoredAsObjectId);
        Assert.False(conventions.IsFrozen);
    }

    [Fact]
    public void CamelCase_FollowsSystemTextJson()
    {
        var document = ToDocument(new Names { URLValue = 1, ID = 2, Simple = 3, IOStream = 4 });

        Assert.Equal(["urlValue", "id", "simple", "ioStream"], document.Names);
    }

    [Fact]
    public void AsIs_KeepsDotNetNames()
    {
        var registry = new BsonSerializerRegistry(new BsonConventions { ElementNames = ElementNameConvention.AsIs });

        Assert.Equal(["URLValue", "ID", "Simple", "IOStream"], ToDocument(new Names(), registry).Names);
    }

    [Fact]
    public void DecimalRepresentationConvention_AppliesToDecimals()
    {
        var registry = new BsonSerializerRegistry(new BsonConventions { DecimalRepresentation = BsonType.Double });

        Assert.Equal(new BsonDouble(1.5), ToDocument(new Box<decimal>(1.5m), registry)["value"]);
    }

    [Fact]
    public void InvalidValues_AreRejected()
    {
        var conventions = new BsonConventions();

        Assert.Throws<ArgumentOutOfRangeException>(() => conventions.EnumRepresentation = BsonType.Double);
        Assert.Throws<ArgumentOutOfRangeException>(() => conventions.DecimalRepresentation = BsonType.Int32);
        Assert.Throws<ArgumentOutOfRangeException>(() => conventions.ElementNames = (ElementNameConvention)7);
        Assert.Throws<ArgumentOutOfRangeException>(() => conventions.GuidRepresentation = (GuidRepresentation)9);
    }

    [Fact]
    public void Conventions_FreezeWhenARegistryStartsUsingThem()
    {
        var conventions = new BsonConventions();
        var registry = new BsonSerializerRegistry(conventions);

        conventions.IgnoreIfNull = true;
        registry.GetSerializer<Names>();

        Assert.True(conventions.IsFrozen);
        Assert.Throws<InvalidOperationException>(() => conventions.IgnoreIfNull = false);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1056:URI-like properties should not be strings", Justification = "The names are what this model tests.")]
    public sealed class Names
    {
        public int URLValue { get; set; }

        public int ID { get; set; }

        public int Simple { get; set; }

        public int IOStream { get; set; }
    }
}
