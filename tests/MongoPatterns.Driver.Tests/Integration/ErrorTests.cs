using MongoPatterns.Bson;
using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Integration;

/// <summary>The shapes of server errors as the driver reports them.</summary>
public sealed class ErrorTests(EmbeddedMongoFixture fixture) : IntegrationTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    [SkippableFact]
    public Task InsertOne_DuplicateKeyOnUniqueIndex_ThrowsDuplicateKeyExceptionNamingIndexAndKey() => ServerFeature(async () =>
    {
        var users = Collection("users");
        await users.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Ascending("email"), new CreateIndexOptions { Unique = true }));
        await users.InsertOneAsync(new BsonDocument("email", "a@b"));

        var exception = await Assert.ThrowsAsync<MongoDuplicateKeyException>(() => users.InsertOneAsync(new BsonDocument("email", "a@b")));

        Assert.Equal(ServerErrorCategory.DuplicateKey, exception.WriteError!.Category);
        Assert.Equal(11000, exception.WriteError.Code);
        Assert.Equal("email_1", exception.IndexName);
        Assert.Equal(new BsonDocument("email", "a@b"), exception.KeyValue);
        Assert.Equal(new BsonDocument("email", 1), exception.KeyPattern);
        Assert.StartsWith("E11000 duplicate key error on users.email_1 for ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Another document already has this key", exception.Message, StringComparison.Ordinal);
        Assert.IsType<MongoBulkWriteException>(exception.InnerException);
    });

    [SkippableFact]
    public Task InsertOne_DuplicateId_ThrowsDuplicateKeyException() => ServerFeature(async () =>
    {
        await Collection().InsertOneAsync(new BsonDocument("_id", 1));

        var exception = await Assert.ThrowsAsync<MongoDuplicateKeyException>(() => Collection().InsertOneAsync(new BsonDocument("_id", 1)));

        Assert.Equal("_id_", exception.IndexName);
    });

    [SkippableFact]
    public Task InsertMany_OrderedWithDuplicate_StopsAtTheFirstErrorAndMapsItsIndex() => ServerFeature(async () =>
    {
        var documents = new[] { new BsonDocument("_id", 1), new BsonDocument("_id", 2), new BsonDocument("_id", 1), new BsonDocument("_id", 3) };

        var exception = await Assert.ThrowsAsync<MongoBulkWriteException>(() => Collection().InsertManyAsync(documents));

        var error = Assert.Single(exception.WriteErrors);
        Assert.Equal(2, error.Index);
        Assert.Equal(ServerErrorCategory.DuplicateKey, error.Category);
        Assert.Equal(2, exception.Result.InsertedCount);
        Assert.Equal(1, exception.UnprocessedRequestCount);
        Assert.Equal(2, (await Collection().Find(FilterDefinition<BsonDocument>.Empty).ToListAsync()).Count);
    });

    [SkippableFact]
    public Task InsertMany_UnorderedWithDuplicates_ContinuesAndReportsEveryError() => ServerFeature(async () =>
    {
        var documents = new[] { new BsonDocument("_id", 1), new BsonDocument("_id", 1), new BsonDocument("_id", 2), new BsonDocument("_id", 2), new BsonDocument("_id", 3) };

        var exception = await Assert.ThrowsAsync<MongoBulkWriteException>(() => Collection().InsertManyAsync(documents, new InsertManyOptions { IsOrdered = false }));

        Assert.Equal([1, 3], exception.WriteErrors.Select(e => e.Index));
        Assert.Equal(3, exception.Result.InsertedCount);
        Assert.Equal(0, exception.UnprocessedRequestCount);
    });

    [SkippableFact]
    public Task BulkWrite_ErrorInALaterCommand_MapsTheIndexToTheCallersList() => ServerFeature(async () =>
    {
        await Collection().InsertOneAsync(new BsonDocument("_id", 5));
        WriteModel<BsonDocument>[] requests =
        [
            new UpdateOneModel<BsonDocument>(Filter.Eq("_id", 5), Update.Set("a", 1)),
            new InsertOneModel<BsonDocument>(new BsonDocument("_id", 6)),
            new InsertOneModel<BsonDocument>(new BsonDocument("_id", 5)),
        ];

        var exception = await Assert.ThrowsAsync<MongoBulkWriteException>(() => Collection().BulkWriteAsync(requests));

        Assert.Equal(2, Assert.Single(exception.WriteErrors).Index);
        Assert.Equal(1, exception.Result.MatchedCount);
        Assert.Equal(1, exception.Result.InsertedCount);
    });

    [SkippableFact]
    public Task RunCommand_UnknownCommand_ThrowsCommandExceptionWithCodeAndReply() => ServerFeature(async () =>
    {
        var exception = await Assert.ThrowsAsync<MongoCommandException>(() => Database.RunCommandAsync<BsonDocument>(new BsonDocument("noSuchCommand", 1)));

        Assert.Equal(59, exception.Code);
        Assert.Equal("CommandNotFound", exception.CodeName);
        Assert.Equal("noSuchCommand", exception.CommandName);
        Assert.Equal(0, exception.Result!["ok"].ToInt32());
        Assert.Contains("noSuchCommand", exception.Message, StringComparison.Ordinal);
        var failed = Assert.Single(Events.OfType<CommandFailedEvent>());
        Assert.Same(exception, failed.Failure);
    });

    [SkippableFact]
    public Task CreateCollection_AgainWithOtherOptions_ThrowsNamespaceExists() => ServerFeature(async () =>
    {
        await Database.CreateCollectionAsync("once");

        var exception = await Assert.ThrowsAsync<MongoCommandException>(() => Database.CreateCollectionAsync("once", new CreateCollectionOptions { Capped = true, MaxSize = 4096 }));

        Assert.Equal(48, exception.Code);
    });

    [SkippableFact]
    public Task Find_InvalidOperator_ThrowsCommandException() => ServerFeature(async () =>
    {
        var exception = await Assert.ThrowsAsync<MongoCommandException>(() => Collection().Find(new BsonDocument("a", new BsonDocument("$bogus", 1))).ToListAsync());

        Assert.Equal(2, exception.Code);
    });
}
