using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Bson.Serialization.Conventions;
using static MongoPatterns.Bson.Tests.Serialization.SerializationAssert;

namespace MongoPatterns.Bson.Tests.Serialization.Mapping;

public sealed class NullHandlingTests
{
    [Fact]
    public void NullMembers_AreWrittenAsBsonNull_ByDefault()
    {
        var document = ToDocument(new Nullables());

        Assert.Equal(BsonNull.Value, document["text"]);
        Assert.Equal(BsonNull.Value, document["number"]);
        Assert.Equal(BsonNull.Value, document["raw"]);
        Assert.False(document.Contains("skipped"));
        Assert.False(document.Contains("zero"));
    }

    [Fact]
    public void IgnoreIfNull_And_IgnoreIfDefault_OmitOnlyThoseValues()
    {
        var document = ToDocument(new Nullables { Skipped = "s", Zero = 1 });

        Assert.Equal(new BsonString("s"), document["skipped"]);
        Assert.Equal(new BsonInt32(1), document["zero"]);
    }

    [Fact]
    public void IgnoreIfNullConvention_OmitsEveryNull()
    {
        var registry = new BsonSerializerRegistry(new BsonConventions { IgnoreIfNull = true });

        Assert.Equal(new BsonDocument("zero", 0), ToDocument(new OnlyNulls(), registry));
    }

    [Fact]
    public void BsonNull_ReadsAsNull_AndBsonValueMembersKeepBsonNull()
    {
        var copy = FromDocument<Nullables>(new BsonDocument { { "text", BsonNull.Value }, { "number", BsonNull.Value }, { "raw", BsonNull.Value }, { "document", BsonNull.Value } });

        Assert.Null(copy.Text);
        Assert.Null(copy.Number);
        Assert.Same(BsonNull.Value, copy.Raw);
        Assert.Null(copy.Document);
    }

    [Fact]
    public void MissingElements_LeaveMembersAsConstructed() =>
        Assert.Equal("preset", FromDocument<Nullables>([]).Preset);

    public sealed class Nullables
    {
        public string? Text { get; set; }

        public int? Number { get; set; }

        public BsonValue? Raw { get; set; }

        public BsonDocument? Document { get; set; }

        [BsonIgnoreIfNull]
        public string? Skipped { get; set; }

        [BsonIgnoreIfDefault]
        public int Zero { get; set; }

        public string Preset { get; set; } = "preset";
    }

    public sealed class OnlyNulls
    {
        public string? Text { get; set; }

        public int? Number { get; set; }

        public int Zero { get; set; }
    }
}
