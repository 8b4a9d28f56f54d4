namespace MongoPatterns.Bson.Tests;

/// <summary>The snippets of src/MongoPatterns.Bson/README.md, kept compiling and true.</summary>
public sealed class ReadmeExamplesTests
{
    [Fact]
    public void QuickTour_WorksAsDescribed()
    {
        var person = new BsonDocument
        {
            { "_id", ObjectId.GenerateNewId() },
            { "name", "Ada" },
            { "langs", new BsonArray { "en", "fr" } },
        };

        byte[] bson = person.ToBson();
        var copy = BsonDocument.FromBson(bson);
        var lazy = new RawBsonDocument(bson);
        string name = lazy["name"].AsString;

        bool same = BsonValueComparer.Instance.Equals(1, 1.0);

        Assert.Equal(person, copy);
        Assert.Equal("Ada", name);
        Assert.True(same);
        Assert.False((BsonValue)1 == 1.0);
    }
}
