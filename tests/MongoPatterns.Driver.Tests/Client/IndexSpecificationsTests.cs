using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Tests.Client;

/// <summary>Index documents and generated index names (Index Management specification).</summary>
public sealed class IndexSpecificationsTests
{
    [Theory]
    [InlineData("""{ "x": 1 }""", "x_1")]
    [InlineData("""{ "x": -1 }""", "x_-1")]
    [InlineData("""{ "x": 1, "y": -1 }""", "x_1_y_-1")]
    [InlineData("""{ "x": 1, "y": -1, "z": "text" }""", "x_1_y_-1_z_text")]
    [InlineData("""{ "location": "2dsphere" }""", "location_2dsphere")]
    [InlineData("""{ "a.b": 1.0 }""", "a.b_1")]
    [InlineData("""{ "h": "hashed", "n": { "$numberLong": "1" } }""", "h_hashed_n_1")]
    public void GenerateName_JoinsKeysAndValues(string keys, string expected) =>
        Assert.Equal(expected, IndexSpecifications.GenerateName(BsonDocument.Parse(keys)));

    [Fact]
    public void Create_WithEveryOption_RendersTheServerFieldNames()
    {
        var index = IndexSpecifications.Create(new BsonDocument("body", "text"), new CreateIndexOptions
        {
            Name = "search",
            Unique = false,
            Sparse = true,
            ExpireAfter = TimeSpan.FromMinutes(2),
            PartialFilterExpression = new BsonDocument("live", true),
            Collation = new Collation("en"),
            Weights = new BsonDocument("body", 5),
            DefaultLanguage = "english",
            LanguageOverride = "lang",
            Hidden = true,
        });

        Assert.Equal(
            BsonDocument.Parse("""
                { "key": { "body": "text" }, "name": "search", "unique": false, "sparse": true, "expireAfterSeconds": { "$numberLong": "120" },
                  "partialFilterExpression": { "live": true }, "collation": { "locale": "en" }, "weights": { "body": 5 },
                  "default_language": "english", "language_override": "lang", "hidden": true }
                """),
            index);
    }

    [Fact]
    public void Create_WithoutKeys_Throws() => Assert.Throws<ArgumentException>(() => IndexSpecifications.Create([], null));
}
