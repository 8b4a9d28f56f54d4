using MongoPatterns.Bson;
using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Integration;

/// <summary>Index management against the embedded server.</summary>
public sealed class IndexTests(EmbeddedMongoFixture fixture) : IntegrationTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    private static IndexKeysDefinitionBuilder<BsonDocument> Keys => Builders<BsonDocument>.IndexKeys;

    [SkippableFact]
    public Task CreateOne_WithoutName_GeneratesTheSpecName() => ServerFeature(async () =>
    {
        var name = await Collection().Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(Keys.Combine(Keys.Ascending("a"), Keys.Descending("b"))));

        Assert.Equal("a_1_b_-1", name);
        var names = await (await Collection().Indexes.ListNamesAsync()).ToListAsync();
        Assert.Equal(["_id_", "a_1_b_-1"], names.Order(StringComparer.Ordinal));
    });

    [SkippableFact]
    public Task CreateMany_WithOptions_AreListedWithThem() => ServerFeature(async () =>
    {
        var names = await Collection().Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(Keys.Ascending("email"), new CreateIndexOptions { Unique = true, Name = "by_email" }),
            new CreateIndexModel<BsonDocument>(Keys.Ascending("createdAt"), new CreateIndexOptions { ExpireAfter = TimeSpan.FromHours(1) }),
            new CreateIndexModel<BsonDocument>(Keys.Ascending("score"), new CreateIndexOptions { Sparse = true, PartialFilterExpression = new BsonDocument("score", new BsonDocument("$gt", 5)) }),
        ]);

        Assert.Equal(["by_email", "createdAt_1", "score_1"], names);
        var indexes = await (await Collection().Indexes.ListAsync()).ToListAsync();
        var email = indexes.Single(index => index["name"] == "by_email");
        Assert.True(email["unique"].ToBoolean());
        Assert.Equal(3600, indexes.Single(index => index["name"] == "createdAt_1")["expireAfterSeconds"].ToInt64());
        Assert.True(indexes.Single(index => index["name"] == "score_1").Contains("partialFilterExpression"));
        var command = Events.Started("createIndexes").Single().Command;
        Assert.Equal(3, command["indexes"].AsBsonArray.Count);
    });

    [SkippableFact]
    public Task UniqueIndex_RejectsDuplicates() => ServerFeature(async () =>
    {
        await Collection().Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>("{ \"code\": 1 }", new CreateIndexOptions { Unique = true }));
        await Collection().InsertOneAsync(new BsonDocument("code", "x"));

        await Assert.ThrowsAsync<MongoDuplicateKeyException>(() => Collection().InsertOneAsync(new BsonDocument("code", "x")));
    });

    [SkippableFact]
    public Task DropOneAndDropAll_RemoveIndexes() => ServerFeature(async () =>
    {
        await Collection().Indexes.CreateManyAsync([new CreateIndexModel<BsonDocument>(Keys.Ascending("a")), new CreateIndexModel<BsonDocument>(Keys.Ascending("b"))]);

        await Collection().Indexes.DropOneAsync("a_1");
        Assert.Equal(["_id_", "b_1"], (await (await Collection().Indexes.ListNamesAsync()).ToListAsync()).Order(StringComparer.Ordinal));

        await Collection().Indexes.DropAllAsync();
        Assert.Equal(["_id_"], await (await Collection().Indexes.ListNamesAsync()).ToListAsync());
        await Assert.ThrowsAsync<ArgumentException>(() => Collection().Indexes.DropOneAsync("*"));
    });

    [SkippableFact]
    public Task DropOne_MissingIndex_ThrowsIndexNotFound() => ServerFeature(async () =>
    {
        await Collection().InsertOneAsync(new BsonDocument("a", 1));

        var exception = await Assert.ThrowsAsync<MongoCommandException>(() => Collection().Indexes.DropOneAsync("nope_1"));

        Assert.Equal(27, exception.Code);
    });

    [SkippableFact]
    public Task List_MissingCollection_IsEmpty() => ServerFeature(async () =>
    {
        var indexes = await (await Collection("missing").Indexes.ListAsync()).ToListAsync();

        Assert.Empty(indexes);
    });
}
