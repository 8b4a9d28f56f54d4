using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Bson.Serialization.Conventions;
using static MongoPatterns.Bson.Tests.Serialization.SerializationAssert;

namespace MongoPatterns.Bson.Tests.Serialization.Mapping;

public sealed class ExtraElementsTests
{
    private static readonly BsonDocument s_withExtras = new(allowDuplicateNames: true)
    {
        { "name", "n" },
        { "color", "red" },
        { "nested", new BsonDocument("a", new BsonArray { 1, 2L, 3.5 }) },
        { "when", new BsonDateTime(long.MaxValue) },
        { "pattern", new BsonRegularExpression("^a", "i") },
    };

    [Fact]
    public void UnknownElement_Throws_NamingTheElement()
    {
        var exception = ReadFails<Strict>(new BsonDocument { { "name", "n" }, { "colour", "red" } });

        Assert.Equal("colour", exception.Path);
        Assert.StartsWith("Cannot deserialize Strict: the element 'colour' matches no member of Strict", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownElement_InANestedDocument_NamesThePath()
    {
        var exception = ReadFails<Box<Strict>>(new BsonDocument("value", new BsonDocument("extra", 1)));

        Assert.Equal("value.extra", exception.Path);
        Assert.StartsWith("Cannot deserialize 'Box<Strict>.Value': the element 'extra' matches no member", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IgnoreExtraElementsAttribute_SkipsUnknownElements() =>
        Assert.Equal("n", FromDocument<Tolerant>(s_withExtras).Name);

    [Fact]
    public void IgnoreExtraElementsAttribute_IsInherited() =>
        Assert.Equal("n", FromDocument<TolerantChild>(s_withExtras).Name);

    [Fact]
    public void IgnoreExtraElementsConvention_SkipsUnknownElements()
    {
        var registry = new BsonSerializerRegistry(new BsonConventions { IgnoreExtraElements = true });

        Assert.Equal("n", FromDocument<Strict>(s_withExtras, registry).Name);
    }

    [Fact]
    public void BsonDocumentExtraElements_RoundTripLosslessly()
    {
        var value = FromDocument<WithDocumentExtras>(s_withExtras);

        Assert.Equal("n", value.Name);
        Assert.Equal(["color", "nested", "when", "pattern"], value.Extra!.Names);
        Assert.Equal(s_withExtras, ToDocument(value));
    }

    [Fact]
    public void DictionaryExtraElements_RoundTripLosslessly()
    {
        var value = FromDocument<WithDictionaryExtras>(s_withExtras);

        Assert.Equal("red", value.Extra["color"]);
        Assert.IsType<Dictionary<string, object?>>(value.Extra["nested"]);
        Assert.Equal(s_withExtras, ToDocument(value));
    }

    [Fact]
    public void ExtraElements_WorkWithConstructorCreatedRecords()
    {
        var value = FromDocument<RecordWithExtras>(s_withExtras);

        Assert.Equal("n", value.Name);
        Assert.Equal(s_withExtras, ToDocument(value));
    }

    [Fact]
    public void ExtraElement_NamedLikeAMappedMember_IsNotWrittenTwice()
    {
        var value = new WithDocumentExtras { Name = "mapped", Extra = new BsonDocument { { "name", "stale" }, { "other", 1 } } };

        Assert.Equal(new BsonDocument { { "name", "mapped" }, { "other", 1 } }, ToDocument(value));
    }

    [Fact]
    public void ExtraElements_AbsentFromTheDocument_LeaveTheMemberAsConstructed() =>
        Assert.Empty(FromDocument<WithDictionaryExtras>(new BsonDocument("name", "n")).Extra);

    [Fact]
    public void ExtraElementsMemberOfTheWrongType_CannotBeMapped()
    {
        var exception = Assert.Throws<BsonSerializationException>(() => BsonSerializerRegistry.Default.GetSerializer<BadExtras>());

        Assert.Contains("must be a BsonDocument or an IDictionary<string, object?>", exception.Message, StringComparison.Ordinal);
    }

    public sealed class Strict
    {
        public string? Name { get; set; }
    }

    [BsonIgnoreExtraElements]
    public class Tolerant
    {
        public string? Name { get; set; }
    }

    public sealed class TolerantChild : Tolerant
    {
    }

    public sealed class WithDocumentExtras
    {
        public string? Name { get; set; }

        [BsonExtraElements]
        public BsonDocument? Extra { get; set; }
    }

    public sealed class WithDictionaryExtras
    {
        public string? Name { get; set; }

        [BsonExtraElements]
        public IDictionary<string, object?> Extra { get; } = new Dictionary<string, object?>();
    }

    public sealed record RecordWithExtras(string Name)
    {
        [BsonExtraElements]
        public BsonDocument? Extra { get; init; }
    }

    public sealed class BadExtras
    {
        [BsonExtraElements]
        public List<string>? Extra { get; set; }
    }
}
