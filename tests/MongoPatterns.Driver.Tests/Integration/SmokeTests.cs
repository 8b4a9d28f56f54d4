using MongoPatterns.Bson;
using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Integration;

public sealed class SmokeTests(EmbeddedMongoFixture fixture) : IClassFixture<EmbeddedMongoFixture>
{
    [Fact]
    public async Task InsertAndFind_RoundTrip_Works()
    {
        await using var client = new MongoClient(fixture.ConnectionString);
        var collection = client.GetDatabase(fixture.CreateDatabaseName()).GetCollection<BsonDocument>("items");
        await collection.InsertOneAsync(new BsonDocument("a", 1));
        var found = await collection.Find(Builders<BsonDocument>.Filter.Eq("a", 1)).ToListAsync();
        Assert.Single(found);
    }
}
