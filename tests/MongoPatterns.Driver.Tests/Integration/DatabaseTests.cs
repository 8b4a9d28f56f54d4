using MongoPatterns.Bson;
using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Integration;

/// <summary>Database and client level operations against the embedded server.</summary>
public sealed class DatabaseTests(EmbeddedMongoFixture fixture) : IntegrationTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    [SkippableFact]
    public Task CreateCollection_WithValidator_RejectsInvalidDocuments() => ServerFeature(async () =>
    {
        await Database.CreateCollectionAsync("people", new CreateCollectionOptions
        {
            Validator = new BsonDocument("age", new BsonDocument("$gte", 0)),
            ValidationLevel = DocumentValidationLevel.Strict,
            ValidationAction = DocumentValidationAction.Error,
        });

        await Collection("people").InsertOneAsync(new BsonDocument("age", 3));
        var exception = await Assert.ThrowsAsync<MongoWriteException>(() => Collection("people").InsertOneAsync(new BsonDocument("age", -1)));

        Assert.Equal(121, exception.WriteError!.Code);
        var create = Events.Started("create").Single().Command;
        Assert.Equal("strict", create["validationLevel"].AsString);
        Assert.Equal("error", create["validationAction"].AsString);
    });

    [SkippableFact]
    public Task ListCollections_ListsNamesAndFilters() => ServerFeature(async () =>
    {
        await Collection("alpha").InsertOneAsync(new BsonDocument("a", 1));
        await Collection("beta").InsertOneAsync(new BsonDocument("b", 1));

        var names = await (await Database.ListCollectionNamesAsync()).ToListAsync();
        var filtered = await (await Database.ListCollectionsAsync(new ListCollectionsOptions { Filter = new BsonDocument("name", "beta") })).ToListAsync();

        Assert.Equal(["alpha", "beta"], names.Order(StringComparer.Ordinal));
        Assert.Equal("beta", Assert.Single(filtered)["name"].AsString);
        Assert.True(Events.Started("listCollections")[0].Command["nameOnly"].AsBoolean);
    });

    [SkippableFact]
    public Task RenameCollection_MovesTheDocuments() => ServerFeature(async () =>
    {
        await Collection("old").InsertOneAsync(new BsonDocument("_id", 1));

        await Database.RenameCollectionAsync("old", "new");

        Assert.Single(await Collection("new").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync());
        Assert.DoesNotContain("old", await (await Database.ListCollectionNamesAsync()).ToListAsync());
        var rename = Events.Started("renameCollection").Single();
        Assert.Equal("admin", rename.DatabaseName);
        Assert.Equal(Database.DatabaseNamespace.DatabaseName + ".new", rename.Command["to"].AsString);
    });

    [SkippableFact]
    public Task DropCollection_TwiceIncludingMissing_Succeeds() => ServerFeature(async () =>
    {
        await Collection("gone").InsertOneAsync(new BsonDocument("_id", 1));

        await Database.DropCollectionAsync("gone");
        await Database.DropCollectionAsync("gone");

        Assert.DoesNotContain("gone", await (await Database.ListCollectionNamesAsync()).ToListAsync());
    });

    [SkippableFact]
    public Task RunCommand_Ping_ReturnsOkAndLeavesTheCommandUnchanged() => ServerFeature(async () =>
    {
        var command = new BsonDocument("ping", 1);

        var reply = await Database.RunCommandAsync<BsonDocument>(command);

        Assert.Equal(1, reply["ok"].ToInt32());
        Assert.Equal(new BsonDocument("ping", 1), command);
    });

    [SkippableFact]
    public Task ListAndDropDatabases_SeeTheTestDatabase() => ServerFeature(async () =>
    {
        await Collection().InsertOneAsync(new BsonDocument("a", 1));
        var name = Database.DatabaseNamespace.DatabaseName;

        Assert.Contains(name, await (await Client.ListDatabaseNamesAsync()).ToListAsync());
        var databases = await (await Client.ListDatabasesAsync()).ToListAsync();
        Assert.Contains(databases, database => database["name"] == name);

        await Client.DropDatabaseAsync(name);
        Assert.DoesNotContain(name, await (await Client.ListDatabaseNamesAsync()).ToListAsync());
    });

    [SkippableFact]
    public Task WithSettings_CollectionInheritsAndOverrides() => ServerFeature(async () =>
    {
        var majority = Database.WithWriteConcern(WriteConcern.WMajority);
        var collection = majority.GetCollection<BsonDocument>("items").WithReadConcern(ReadConcern.Local);

        await collection.InsertOneAsync(new BsonDocument("a", 1));
        await collection.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();

        Assert.Equal("majority", Events.Started("insert").Single().Command["writeConcern"]["w"].AsString);
        Assert.Equal("local", Events.Started("find").Single().Command["readConcern"]["level"].AsString);
        Assert.Equal(WriteConcern.WMajority, collection.Settings.WriteConcern);
        Assert.Equal(Database.DatabaseNamespace, collection.Database.DatabaseNamespace);
    });

    [SkippableFact]
    public Task JsonDefinitions_AreParsedAndSent() => ServerFeature(async () =>
    {
        await Collection().InsertManyAsync([new BsonDocument { { "_id", 1 }, { "s", "a" } }, new BsonDocument { { "_id", 2 }, { "s", "b" } }]);

        var found = await Collection().Find("{ \"s\": \"b\" }").Project("{ \"_id\": 1 }").ToListAsync();
        await Collection().UpdateOneAsync("{ \"_id\": 1 }", "{ \"$set\": { \"s\": \"c\" } }");

        Assert.Equal(new BsonDocument("_id", 2), Assert.Single(found));
        Assert.Equal("c", (await Collection().Find("{ \"_id\": 1 }").SingleAsync())["s"].AsString);
    });
}
