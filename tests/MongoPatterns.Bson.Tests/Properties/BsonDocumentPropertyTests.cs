using FsCheck;
using FsCheck.Fluent;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Bson.Tests.Properties;

/// <summary>Random documents of every BSON type survive the binary codec and the object mapping unchanged.</summary>
[Trait("Category", "Property")]
public sealed class BsonDocumentPropertyTests
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(300).WithEndSize(60);

    [Fact]
    public void Generator_CoversEveryBsonType_AndNesting()
    {
        var seen = new HashSet<BsonType>();
        var deepest = 0;
        foreach (var document in BsonGenerators.Document().Sample(60, 300))
        {
            deepest = Math.Max(deepest, Visit(document, 1, seen));
        }

        Assert.Equal(Enum.GetValues<BsonType>().Order(), seen.Order());
        Assert.True(deepest >= 3, $"The deepest generated document has only {deepest} levels.");
    }

    [Fact]
    public void AnyDocument_RoundTripsThroughBinary()
    {
        Prop.ForAll(BsonGenerators.Document().ToArbitrary(), document =>
        {
            var bytes = document.ToBson();
            var copy = BsonDocument.FromBson(bytes);
            return copy.Equals(document) && copy.ToBson().AsSpan().SequenceEqual(bytes);
        }).Check(s_config);
    }

    [Fact]
    public void AnyDocument_ReadsTheSameThroughRawBsonDocument()
    {
        Prop.ForAll(BsonGenerators.Document().ToArbitrary(), document =>
        {
            var raw = new RawBsonDocument(document.ToBson());
            return raw.ToBsonDocument().Equals(document) && raw.SequenceEqual(document);
        }).Check(s_config);
    }

    [Fact]
    public void AnyDocument_RoundTripsThroughTheObjectMapping()
    {
        Prop.ForAll(BsonGenerators.Document(uniqueNames: true).ToArbitrary(), document =>
        {
            var values = BsonSerializer.Deserialize<Dictionary<string, object?>>(document.ToBson());
            return BsonSerializer.ToBsonDocument(values).Equals(document);
        }).Check(s_config);
    }

    [Fact]
    public void AnyDocument_RoundTripsThroughExtraElements()
    {
        Prop.ForAll(BsonGenerators.Document().ToArbitrary(), document =>
        {
            var holder = BsonSerializer.Deserialize<ExtraHolder>(document.ToBson());
            return BsonSerializer.ToBsonDocument(holder).Equals(document);
        }).Check(s_config);
    }

    private static int Visit(BsonValue value, int depth, HashSet<BsonType> seen)
    {
        seen.Add(value.BsonType);
        var children = value switch
        {
            BsonDocument document => document.Values,
            BsonArray array => array,
            BsonJavaScriptWithScope code => [code.Scope],
            _ => [],
        };
        var deepest = depth;
        foreach (var child in children)
        {
            deepest = Math.Max(deepest, Visit(child, depth + 1, seen));
        }

        return deepest;
    }

    /// <summary>Has no members: every element is extra.</summary>
    public sealed class ExtraHolder
    {
        [Bson.Serialization.Attributes.BsonExtraElements]
        public BsonDocument? Extra { get; set; }
    }
}
