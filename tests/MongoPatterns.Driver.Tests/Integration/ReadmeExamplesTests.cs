using MongoPatterns.Bson;
using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Integration;

/// <summary>Keeps the package README's example compiling and working (the same code, against the embedded server).</summary>
public sealed class ReadmeExamplesTests(EmbeddedMongoFixture fixture) : IClassFixture<EmbeddedMongoFixture>
{
    [SkippableFact]
    public async Task QuickTour_RunsAsWritten()
    {
        await using var client = new MongoClient(fixture.ConnectionString);
        var users = client.GetDatabase(fixture.CreateDatabaseName("readme")).GetCollection<BsonDocument>("users");

        await users.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(
            Builders<BsonDocument>.IndexKeys.Ascending("email"), new CreateIndexOptions { Unique = true }));

        var ada = new BsonDocument { { "email", "ada@example.com" }, { "visits", 0 } };
        await users.InsertOneAsync(ada);

        var filter = Builders<BsonDocument>.Filter.Eq("email", "ada@example.com");
        await users.UpdateOneAsync(filter, Builders<BsonDocument>.Update.Inc("visits", 1));

        var found = await users.Find(filter).Project("{ \"email\": 1, \"_id\": 0 }").FirstOrDefaultAsync();

        MongoDuplicateKeyException? duplicate = null;
        try
        {
            await users.InsertOneAsync(new BsonDocument("email", "ada@example.com"));
        }
        catch (MongoDuplicateKeyException exception)
        {
            duplicate = exception;
        }

        Assert.Equal(BsonType.ObjectId, ada["_id"].BsonType);
        Assert.Equal(new BsonDocument("email", "ada@example.com"), found);
        Assert.Equal("email_1", duplicate?.IndexName);
        Assert.Equal(new BsonDocument("email", "ada@example.com"), duplicate?.KeyValue);
    }
}
