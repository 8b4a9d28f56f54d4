using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using static MongoPatterns.Bson.Tests.Serialization.SerializationAssert;

namespace MongoPatterns.Bson.Tests.Serialization.Mapping;

public sealed class FluentMappingTests
{
    [Fact]
    public void MapClass_ConfiguresTypesWithoutAttributes()
    {
        var registry = new BsonSerializerRegistry().MapClass<Invoice>(map =>
        {
            map.MapIdMember(x => x.Number);
            map.MapMember(x => x.Total).SetElementName("t").SetRepresentation(BsonType.Double);
            map.MapMember(x => x.Note).SetIgnoreIfNull();
            map.MapMember(x => x.Lines).SetIgnoreIfDefault().SetOrder(0);
            map.UnmapMember(x => x.Cache);
            map.MapExtraElementsMember(x => x.Rest);
        });
        var value = new Invoice { Number = "INV-1", Total = 12.5m, Cache = "c" };

        var document = ToDocument(value, registry);
        var copy = FromDocument<Invoice>(new BsonDocument { { "_id", "INV-2" }, { "t", 1.0 }, { "x", 1 } }, registry);

        Assert.Equal(new BsonDocument { { "_id", "INV-1" }, { "t", 12.5 } }, document);
        Assert.Equal("INV-2", copy.Number);
        Assert.Equal(new BsonDocument("x", 1), copy.Rest);
        Assert.Equal("_id", registry.GetClassMap<Invoice>().IdMember!.ElementName);
    }

    [Fact]
    public void MapClass_SetSerializer_AndSetIgnoreExtraElements()
    {
        var registry = new BsonSerializerRegistry().MapClass<Plain>(map =>
        {
            map.MapMember(x => x.Name).SetSerializer(new UpperCaseSerializer());
            map.SetIgnoreExtraElements();
        });

        Assert.Equal(new BsonDocument("name", "ADA"), ToDocument(new Plain { Name = "ada" }, registry));
        Assert.Equal("b", FromDocument<Plain>(new BsonDocument { { "name", "B" }, { "other", 1 } }, registry).Name);
    }

    [Fact]
    public void MapClass_MapConstructor_PicksTheConstructor()
    {
        var registry = new BsonSerializerRegistry().MapClass<TwoConstructors>(map => map.MapConstructor(typeof(string)));

        Assert.Equal("made:x", FromDocument<TwoConstructors>(new BsonDocument("name", "x"), registry).Name);
    }

    [Fact]
    public void MapClass_AfterTheTypeIsMapped_Throws()
    {
        var registry = new BsonSerializerRegistry();
        registry.GetSerializer<Plain>();

        Assert.Throws<InvalidOperationException>(() => registry.MapClass<Plain>(map => map.SetIgnoreExtraElements()));
    }

    [Fact]
    public void MapMember_WithAnExpressionThatIsNotAMember_Throws() =>
        Assert.Throws<ArgumentException>(() => new BsonSerializerRegistry().MapClass<Plain>(map => map.MapMember(x => x.Name!.Length)));

    public sealed class Invoice
    {
        public string? Number { get; set; }

        public decimal Total { get; set; }

        public string? Note { get; set; }

        public List<string>? Lines { get; set; }

        public string? Cache { get; set; }

        public BsonDocument? Rest { get; set; }
    }

    public sealed class Plain
    {
        public string? Name { get; set; }
    }

    public sealed class TwoConstructors
    {
        public TwoConstructors()
        {
        }

        public TwoConstructors(string name)
        {
            Name = "made:" + name;
        }

        public string? Name { get; set; }
    }

    private sealed class UpperCaseSerializer : IBsonSerializer<string?>
    {
        public Type ValueType => typeof(string);

        public void Serialize(BsonBinaryWriter writer, string? value) => writer.WriteString(value!.ToUpperInvariant());

        public string? Deserialize(ref BsonBinaryReader reader, BsonType type) => reader.ReadString().ToLowerInvariant();

        public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (string?)value);

        public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);
    }
}
